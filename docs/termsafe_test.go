package docs

import (
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// Every string the load hands to a face is clean, whichever way the hostile
// corpus smuggled its controls in (raw bytes, YAML escapes, JSON escapes).
func TestLoadStripsControls(t *testing.T) {
	c, err := Load(testcorpus.Hostile(t))
	if err != nil {
		t.Fatal(err)
	}
	check := func(what, s string) {
		t.Helper()
		if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f }) {
			t.Errorf("%s keeps a control character: %q", what, s)
		}
		for _, m := range testcorpus.Markers {
			if strings.Contains(s, m) {
				t.Errorf("%s keeps the payload %q: %q", what, m, s)
			}
		}
	}
	p, ok := c.Page("hostile/page")
	if !ok {
		t.Fatal("hostile/page not loaded")
	}
	if p.Title != testcorpus.HostileTitle {
		t.Errorf("title %q, want %q", p.Title, testcorpus.HostileTitle)
	}
	for _, p := range c.Pages {
		check(p.Path+" title", p.Title)
		check(p.Path+" description", p.Description)
		v := c.View(p, "")
		check(p.Path+" markdown", v.Markdown)
		for _, s := range v.Sections {
			check(p.Path+" section", s.Heading)
		}
	}
	var walk func([]*NavNode)
	walk = func(ns []*NavNode) {
		for _, n := range ns {
			check("nav "+n.Path, n.Title)
			walk(n.Children)
		}
	}
	walk(c.Nav)
	for _, e := range c.Changelog {
		check("changelog title", e.Title)
		for _, ch := range e.Changes {
			check("changelog change", ch)
		}
	}
	for _, n := range c.Notices {
		check("notice", n.File+" "+n.Message)
	}
	if !strings.Contains(c.View(p, "").Markdown, "smiles") {
		t.Error("the text around the payloads was lost")
	}
}
