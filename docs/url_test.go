package docs

import (
	"slices"
	"strings"
	"testing"
)

func TestURL(t *testing.T) {
	for _, tc := range []struct{ path, anchor, want string }{
		{"sso/login-flows", "", BaseURL + "sso/login-flows"},
		{"sso/login-flows", "sp-flow", BaseURL + "sso/login-flows#sp-flow"},
		{"", "", "https://workos.com/docs"},
		{"", "x", "https://workos.com/docs#x"},
	} {
		if got := URL(tc.path, tc.anchor); got != tc.want {
			t.Errorf("URL(%q, %q) = %q, want %q", tc.path, tc.anchor, got, tc.want)
		}
	}
	// Every URL this package builds reads back as the same page and anchor.
	if p, a := SplitAnchor(URL("relay/retries", "backoff")); p != "relay/retries" || a != "backoff" {
		t.Errorf("round trip gave %q #%q", p, a)
	}
	for s, want := range map[string]bool{
		"https://workos.com/docs": true, "HTTPS://WorkOS.com/docs/sso": true, "https://www.workos.com/docs#a": true,
		"https://workos.com/docsx": false, "https://workos.com/blog": false, "/sso": false,
	} {
		if IsDocsURL(s) != want {
			t.Errorf("IsDocsURL(%q) = %v", s, !want)
		}
	}
}

func TestAreasAndUnder(t *testing.T) {
	c := loadFixture(t)
	got := c.Areas()
	if !slices.IsSorted(got) || !slices.Contains(got, "relay") || !slices.Contains(got, "glossary") || slices.Contains(got, "") {
		t.Errorf("Areas = %v", got)
	}
	for _, a := range got {
		if len(c.Under(a)) == 0 {
			t.Errorf("area %q holds no page", a)
		}
	}
	var paths []string
	for _, p := range c.Under("/relay/") {
		paths = append(paths, p.Path)
	}
	if len(paths) < 3 || paths[0] != "relay" || !slices.Contains(paths, "relay/retries") {
		t.Errorf("Under(relay) = %v", paths)
	}
	if c.Under("rela") != nil || c.Under("") != nil {
		t.Error("a partial segment or the root counts as a prefix")
	}
	if AreaOf("https://workos.com/docs/relay/retries#x") != "relay" {
		t.Error("AreaOf")
	}
}

func TestAreaKeyIsTheFirstPagesArea(t *testing.T) {
	group := &NavNode{Title: "Group", Children: []*NavNode{{Title: "Empty group"}, {Title: "P", Path: "relay/retries"}}}
	if got := AreaKey(group); got != "relay" {
		t.Errorf("AreaKey = %q", got)
	}
	if AreaKey(&NavNode{Title: "nothing"}) != "" || AreaKey(nil) != "" {
		t.Error("a section without pages has an area")
	}
}

func TestLangSpellings(t *testing.T) {
	c := loadFixture(t)
	langs := c.Languages()
	if len(langs) == 0 {
		t.Fatal("the fixture has no API languages")
	}
	if got, ok := c.Lang(strings.ToUpper(langs[0])); !ok || got != langs[0] {
		t.Errorf("Lang(%q) = %q, %v", strings.ToUpper(langs[0]), got, ok)
	}
	if _, ok := c.Lang("cobol"); ok {
		t.Error("cobol is a language of the fixture")
	}
	if _, ok := c.Lang(""); ok {
		t.Error("the empty name is a language")
	}
}
