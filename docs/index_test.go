package docs

import (
	"slices"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
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
	// The link graph search votes with: each target once, no self or dead links.
	if !slices.Equal(docs[0].LinksTo, []string{"b"}) || len(docs[1].LinksTo) != 0 || !slices.Equal(docs[2].LinksTo, []string{"b"}) {
		t.Errorf("LinksTo: %q %q %q", docs[0].LinksTo, docs[1].LinksTo, docs[2].LinksTo)
	}
}

// Each section of a search Doc carries the pages its own links point to, so
// search can weigh a link beside the text a question matched.
func TestSectionLinksTo(t *testing.T) {
	md := "Intro, see [the b page](https://example.test/docs/b).\n## More\nThen [c](https://example.test/docs/c) and [b again](https://example.test/docs/b)."
	cut := strings.Index(md, "## More")
	c := &Corpus{Pages: []*Page{
		{Path: "a", Markdown: md, Sections: []Section{{Start: 0, End: cut}, {Level: 2, Heading: "More", Start: cut, End: len(md)}},
			Links: []Link{
				{Text: "the b page", URL: "https://example.test/docs/b", Page: "b"},
				{Text: "c", URL: "https://example.test/docs/c", Page: "c"},
				{Text: "b again", URL: "https://example.test/docs/b", Page: "b"},
			}},
		{Path: "b"}, {Path: "c"},
	}}
	d := SearchDocs(c)[0]
	if !slices.Equal(d.LinksTo, []string{"b", "c"}) {
		t.Errorf("page LinksTo %q", d.LinksTo)
	}
	// in the page's link order, each once
	if !slices.Equal(d.Sections[0].LinksTo, []string{"b"}) || !slices.Equal(d.Sections[1].LinksTo, []string{"b", "c"}) {
		t.Errorf("section LinksTo %q, %q", d.Sections[0].LinksTo, d.Sections[1].LinksTo)
	}
}

// The Go options struct of a reference method (hooks.CreateHookOpts in the
// fixture corpus) reaches search and names the method's page.
func TestSearchFindsOptionTypes(t *testing.T) {
	c := loadFixture(t)
	var names []string
	for _, d := range SearchDocs(c) {
		if d.Path == "reference/hooks/hook/create" {
			names = d.TypeNames
		}
	}
	if !slices.Contains(names, "CreateHookOpts") || !slices.Contains(names, "hooks.CreateHookOpts") {
		t.Fatalf("TypeNames of the create page: %q", names)
	}
	for _, q := range []string{"CreateHookOpts", "add a retry field to hooks.CreateHookOpts"} {
		if r := c.Search(q, search.Options{}); len(r.Hits) == 0 || r.Hits[0].Path != "reference/hooks/hook/create" {
			t.Errorf("Search(%q): %+v", q, r.Hits)
		}
	}
}
