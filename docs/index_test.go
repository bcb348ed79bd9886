package docs

import (
	"slices"
	"testing"
)

// A page is searched by the texts other pages link to it with: each text
// once whatever its case, never its own links to itself, never links no page
// answers, never a text that names nothing ("here", one letter); acronyms stay.
func TestLinkTexts(t *testing.T) {
	c := &Corpus{Pages: []*Page{
		{Path: "a", Links: []Link{
			{Text: "add users automatically", Page: "b"},
			{Text: "add users automatically", Page: "b"},
			{Text: "this very page", Page: "a"},
			{Text: "a page gone missing", Page: ""},
			{Text: "b", Page: "b"},
			{Text: "here", Page: "b"},
			{Text: "Add Users Automatically", Page: "b"},
			{Text: "SSO", Page: "b"},
		}},
		{Path: "b"},
		{Path: "c", Links: []Link{{Text: "provisioning on sign-in", Page: "b"}}},
	}}
	got := linkTexts(c)
	if want := []string{"add users automatically", "SSO", "provisioning on sign-in"}; !slices.Equal(got["b"], want) {
		t.Errorf("b: %q, want %q", got["b"], want)
	}
	if len(got["a"]) != 0 || len(got[""]) != 0 {
		t.Errorf("self or dead links counted: %q", got)
	}
	docs := SearchDocs(c)
	if !slices.Equal(docs[1].LinkText, got["b"]) {
		t.Errorf("SearchDocs: b's link text %q", docs[1].LinkText)
	}
}
