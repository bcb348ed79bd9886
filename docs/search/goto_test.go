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

// A guide and its API reference page often share a title ("Magic Auth"):
// equal matches go to the guide even when the reference sits higher in the
// navigation, and among guides to the shallower page.
func TestGoToTiesPreferGuidesThenShallow(t *testing.T) {
	ix := Build([]Doc{
		{Path: "reference/passcodes", Title: "Passcodes", Depth: 1},
		{Path: "guides/deep/passcodes", Title: "Passcodes", Depth: 3},
		{Path: "guides/passcodes", Title: "Passcodes", Depth: 2},
	})
	for _, q := range []string{"passcodes", "pass code", "psscd"} {
		m := ix.GoTo(q, 10)
		var pages []string
		for _, x := range m {
			if x.Kind == "page" {
				pages = append(pages, x.Path)
			}
		}
		want := []string{"guides/passcodes", "guides/deep/passcodes", "reference/passcodes"}
		if len(pages) != len(want) {
			t.Fatalf("%q: pages %v, want %v", q, pages, want)
		}
		for i := range want {
			if pages[i] != want[i] {
				t.Fatalf("%q: pages %v, want %v", q, pages, want)
			}
		}
	}
}

// A helper an SDK guide documents opens at the section about it, not at the
// top of the guide; API spellings and helpers no heading names open the page.
func TestGoToHelperOpensItsSection(t *testing.T) {
	ix := Build([]Doc{{
		Path: "sdks/widget-kit", Title: "Widget Kit",
		Sections: []Section{
			{Heading: "", Markdown: "Helpers for widgets."},
			{Level: 2, Heading: "Using wrapThing for low-level access", Anchor: "using-wrapthing"},
			{Level: 3, Heading: "`wrapThing()`", Anchor: "wrapthing"},
			{Level: 3, Heading: "useShinyToken Hook", Anchor: "useshinytoken-hook"},
			{Level: 3, Heading: "Notes on useShinyToken", Anchor: "notes"},
			{Level: 3, Heading: "Aside", Anchor: "aside", Markdown: "### Aside\n\nThis works once `getSession()` did.\n"},
			{Level: 3, Heading: "Caching", Anchor: "caching", Markdown: "### Caching\n\n```js\nconst s = await getSession();\nconst t = getSessionToken();\n```\n"},
			{Level: 3, Heading: "Read the session", Anchor: "read-session", Markdown: "### Read the session\n\nUse `getSession` to read it.\n\n```js\nconst s = await getSession();\n```\n"},
			{Level: 3, Heading: "Tokens", Anchor: "tokens", Markdown: "### Tokens\n\n```js\nconst t = getSessionToken();\n```\nCall `getSessionToken` later.\n"},
		},
		Symbols:     []string{"thing.getThing()", "wrapThing", "useShinyToken", "makeThing", "getSession", "getSessionToken"},
		SymbolLangs: []string{"node"},
	}})
	for sym, anchor := range map[string]string{
		"wrapThing": "wrapthing", "useShinyToken": "useshinytoken-hook", "makeThing": "", "thing.getThing()": "",
		// No heading names it: the section that introduces it in prose and shows it in code.
		"getSession": "read-session", "getSessionToken": "tokens",
	} {
		var got *Match
		for _, m := range ix.GoTo(sym, 20) {
			if m.Kind == "symbol" && m.Label == sym {
				got = &m
				break
			}
		}
		if got == nil {
			t.Fatalf("%s: no symbol match", sym)
		}
		if got.Anchor != anchor {
			t.Errorf("%s opens at %q, want %q", sym, got.Anchor, anchor)
		}
	}
}

// Several words are words: a long heading that holds their letters in order
// is no match, the page that has the words is. One term stays fuzzy.
func TestGoToWordsAreWords(t *testing.T) {
	ix := Build([]Doc{
		{Path: "authkit/directory-provisioning", Title: "Directory provisioning", Sections: []Section{
			{Level: 2, Heading: "I am using directory provisioning, but some directory users are not redirected to the right URL", Anchor: "faq"},
		}},
		{Path: "sso/redirect-uris", Title: "Redirect URIs"},
	})
	for _, m := range ix.GoTo("invalid redirect uri", 10) {
		t.Errorf("invalid redirect uri: unexpected %q", m.Label)
	}
	m := ix.GoTo("redirect uri", 10)
	if len(m) == 0 {
		t.Error("redirect uri: no match")
	}
	for _, x := range m {
		if x.Path != "sso/redirect-uris" {
			t.Errorf("redirect uri: unexpected %q, want only the Redirect URIs page", x.Label)
		}
	}
	if m := ix.GoTo("rdrct", 10); len(m) == 0 {
		t.Error("one term is no longer fuzzy")
	}
}
