package docs

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

func TestCleanText(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		notes    int
	}{
		{"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\n", "---\ntitle: x\n---\n", 0},
		{"a\rb", "a\nb", 0},
		{"bad \xff byte", "bad \uFFFD byte", 1},
		{"nul\x00here", "nulhere", 1},
		{"", "", 0},
	} {
		got, notes := cleanText([]byte(tc.in))
		if got != tc.want || len(notes) != tc.notes {
			t.Errorf("cleanText(%q) = %q, %q", tc.in, got, notes)
		}
	}
}

func TestSplitFrontmatter(t *testing.T) {
	for _, tc := range []struct {
		name, in, front, body string
		ok, note              bool
	}{
		{"plain", "---\ntitle: A\n---\nbody\n", "title: A\n", "body\n", true, false},
		{"no frontmatter", "# Hi\n", "", "# Hi\n", false, false},
		{"fences with trailing blanks", "---  \na: 1\n--- \n\nx", "a: 1\n", "\nx", true, false},
		{"empty block", "---\n---\nx", "", "x", true, false},
		{"no body, no final newline", "---\na: 1\n---", "a: 1\n", "", true, false},
		{"unclosed", "---\na: 1\nbody", "", "---\na: 1\nbody", false, true},
		{"only a fence", "---", "", "", false, true},
		{"dashes later are body", "text\n---\nmore", "", "text\n---\nmore", false, false},
		{"four dashes are not a fence", "----\na\n----\n", "", "----\na\n----\n", false, false},
	} {
		front, body, ok, note := splitFrontmatter(tc.in)
		if front != tc.front || body != tc.body || ok != tc.ok || (note != "") != tc.note {
			t.Errorf("%s: got %q, %q, %v, %q", tc.name, front, body, ok, note)
		}
	}
}

func TestParseFront(t *testing.T) {
	for _, tc := range []struct {
		in      string
		wantErr bool
		title   string
	}{
		{"title: Hello\n", false, "Hello"},
		{"title: 'Quoted: yes'\n", false, "Quoted: yes"},
		{"title: [unclosed\n", true, ""},
		{"- a\n- b\n", true, ""}, // a list is not a mapping
		{"   \n", false, ""},
		{"title: ~\n", false, ""},
		{"base: &b Hello\ntitle: *b\n", false, "Hello"},
	} {
		n, err := parseFront(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("parseFront(%q) error %v", tc.in, err)
		}
		if got := scalarText(mapValue(n, "title")); got != tc.title {
			t.Errorf("parseFront(%q) title %q, want %q", tc.in, got, tc.title)
		}
	}
}

func TestDescriptionText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"description: Plain words.\n", "Plain words."},
		{"description: >-\n  Folded\n  text.\n", "Folded text."},
		{"description:\n  text: From a key.\n  other: no\n", "From a key."},
		{"description:\n  auth:\n    cookie: First leaf.\n    other: Second.\n", "First leaf."},
		{"description: [one, two]\n", "one"},
		{"description: 42\n", "42"},
		{"other: x\n", ""},
	} {
		n, err := parseFront(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := descriptionText(mapValue(n, "description")); got != tc.want {
			t.Errorf("descriptionText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAliasBombsAreBounded(t *testing.T) {
	n, err := parseFront("links: &a [{title: t, url: /x, links: *a}, {links: *a}, {links: *a}, {links: *a}]\ndescription: &d {a: *d, b: *d, c: *d}\n")
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	var walk func([]navLink)
	walk = func(ls []navLink) {
		for _, l := range ls {
			count++
			walk(l.links)
		}
	}
	walk(parseNav("x/_navigation.mdx", n).links)
	if count == 0 || count > maxNavLinks {
		t.Errorf("self-referencing nav gave %d links", count)
	}
	if d := descriptionText(mapValue(n, "description")); d != "" {
		t.Errorf("description %q from a leafless cycle", d)
	}
}

func TestDeleteKey(t *testing.T) {
	n, _ := parseFront("a: 1\noriginalPath: x/y\nb: 2\n")
	deleteKey(n, "originalPath")
	out, _ := yaml.Marshal(n)
	if strings.Contains(string(out), "originalPath") || !strings.Contains(string(out), "b: 2") {
		t.Errorf("after deleteKey: %s", out)
	}
}

// FuzzFrontmatter runs arbitrary bytes through the stages a file goes through
// before MDX: cleaning, splitting, YAML parsing and reading typed fields.
func FuzzFrontmatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\ndescription: B\n---\nbody",
		"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\n",
		"---\ndescription:\n  a:\n    b: deep\n---\n",
		"---\nlinks:\n  - title: G\n    links:\n      - title: L\n        url: >-\n          /x/y\n---\n",
		"---\ntitle: [unclosed\n---\n",
		"---\na: &x [*x]\n---\n",
		"---\nlinks: &a [{title: t, url: /x, links: *a}, {links: *a}, {links: *a}, {links: *a}]\n---\n",
		"---\ndescription: &d {a: *d, b: *d, c: *d}\n---\n",
		"---\n\xff\x00\n---\n",
		"---",
		"",
	} {
		f.Add([]byte(s))
	}
	// Every fixture file is a seed too: CRLF, broken YAML, binary junk, navigation.
	_ = filepath.WalkDir(fixtureDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _ := cleanText(b)
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\x00") {
			t.Fatalf("cleanText left invalid text: %q", text)
		}
		front, body, ok, note := splitFrontmatter(text)
		if ok {
			if !strings.HasSuffix(text, body) || !strings.Contains(text, front) || note != "" {
				t.Fatalf("split lost text: %q -> %q / %q", text, front, body)
			}
		} else if body != text && note == "" {
			t.Fatalf("unsplit body %q differs from text %q", body, text)
		}
		n, err := parseFront(front)
		if err != nil && n != nil {
			t.Fatal("node with error")
		}
		for _, s := range []string{scalarText(mapValue(n, "title")), descriptionText(mapValue(n, "description"))} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 field %q", s)
			}
		}
		deleteKey(n, "originalPath")
		if mapValue(n, "originalPath") != nil {
			t.Fatal("originalPath survived")
		}
		parseNav("x/_navigation.mdx", n)
	})
}
