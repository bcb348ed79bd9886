package search

import (
	"sync"
	"testing"
	"unicode/utf8"
)

func TestGoToTiers(t *testing.T) {
	ix := Build(fixtureDocs())
	m := ix.GoTo("authkit", 5)
	if len(m) == 0 || m[0].Path != "authkit" || m[0].Kind != "page" {
		t.Fatalf("exact title should come first: %+v", m)
	}
	m = ix.GoTo("getprof", 5)
	if len(m) == 0 || m[0].Path != "reference/sso/profile" {
		t.Fatalf("symbol by fuzzy prefix: %+v", m)
	}
	m = ix.GoTo("dir sync", 10)
	if len(m) == 0 || m[0].Path != "directory-sync" {
		t.Fatalf("every term must match, best first: %+v", m)
	}
	for _, x := range m {
		n := utf8.RuneCountInString(x.Label)
		for _, p := range x.Positions {
			if p < 0 || p >= n {
				t.Fatalf("position %d outside %q", p, x.Label)
			}
		}
	}
	if m := ix.GoTo("zzzz", 5); len(m) != 0 {
		t.Errorf("no match expected: %+v", m)
	}
	if m := ix.GoTo("s", 2); len(m) != 2 {
		t.Errorf("limit not applied: %d", len(m))
	}
}

func TestConcurrentQueries(t *testing.T) {
	ix := Build(fixtureDocs())
	want := ix.Search("directory users", Options{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if r := ix.Search("directory users", Options{}); len(r.Hits) != len(want.Hits) || r.Hits[0].Path != want.Hits[0].Path {
					t.Errorf("goroutine %d: %v vs %v", i, paths(r), paths(want))
					return
				}
				ix.GoTo("dsync", 5)
			}
		}()
	}
	wg.Wait()
}
