package english

import (
	"strings"
	"testing"
)

// Is agrees with a plain set on every listed word and on near misses of
// them, which land between lines of the file.
func TestIsAgreesWithTheList(t *testing.T) {
	list := strings.Split(strings.TrimSuffix(words, "\n"), "\n")
	if len(list) < 50000 {
		t.Fatalf("the list has %d words", len(list))
	}
	set := make(map[string]bool, len(list))
	for i, w := range list {
		if i > 0 && list[i-1] >= w {
			t.Fatalf("not sorted bytewise at line %d: %q, %q", i+1, list[i-1], w)
		}
		set[w] = true
	}
	for _, w := range list {
		if !Is(w) {
			t.Fatalf("Is(%q) = false for a listed word", w)
		}
		for _, near := range []string{w + "q", w[:len(w)-1], "a" + w, w[:len(w)/2] + "zz"} {
			if Is(near) != set[near] {
				t.Fatalf("Is(%q) = %v, the list says %v", near, Is(near), set[near])
			}
		}
	}
}

func TestIsOnWordsAndNonWords(t *testing.T) {
	for w, want := range map[string]bool{
		"headless": true, "linger": true, "seems": true, "executor": true,
		"retreive": false, "programmaticaly": false, "": false, "Linger": false, "zzzzzz": false,
	} {
		if got := Is(w); got != want {
			t.Errorf("Is(%q) = %v, want %v", w, got, want)
		}
	}
}

func BenchmarkIs(b *testing.B) {
	for b.Loop() {
		Is("persistence")
		Is("retreive")
	}
}
