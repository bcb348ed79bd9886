package docs

import (
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
)

// Every reference entry with a method and a path shows generated samples in
// place of the web page's: on its page in every view, and in the entry's own
// rendering (workos_api) for every language.
func TestRealEndpointsHaveGeneratedSamples(t *testing.T) {
	c := loadReal(t)
	base := c.API.BaseURLIn(bodiesOf(nil)) // nothing to read: no base
	if base != "" {
		t.Fatalf("a base URL from no text: %q", base)
	}
	endpoints, pages := 0, map[string]bool{}
	for _, path := range c.API.Paths() {
		for _, id := range c.API.Page(path).IDs() {
			for _, e := range c.API.Entries(id) {
				if e.Lang != "curl" || e.Verb == "" || e.Page != path {
					continue
				}
				endpoints++
				pages[path] = true
				for _, lang := range append([]string{""}, c.Languages()...) {
					md := c.API.RenderOn(path, id, lang)
					if !strings.Contains(md, apiref.SampleMark) {
						t.Errorf("%s %s --lang %q: no generated sample", path, id, lang)
					}
				}
				md := c.API.RenderOn(path, id, "curl")
				first, _, _ := strings.Cut(strings.TrimPrefix(e.Title, "/"), "/")
				if !strings.Contains(md, "curl ") || !strings.Contains(md, "/"+first) || !strings.Contains(md, "Authorization: Bearer <api_key>") {
					t.Errorf("%s: curl sample lacks the request:\n%s", id, md)
				}
			}
		}
	}
	t.Logf("%d endpoints on %d pages", endpoints, len(pages))
	if endpoints < 100 {
		t.Fatalf("only %d endpoints in the reference", endpoints)
	}
	for path := range pages {
		p, _ := c.Page(path)
		for _, lang := range []string{"", "curl", "python"} {
			for line := range strings.Lines(c.View(p, lang).Markdown) {
				if strings.HasPrefix(line, "*Code sample") && strings.Contains(line, "see the web page") {
					t.Errorf("%s --lang %q still says: %s", path, lang, strings.TrimSpace(line))
				}
			}
		}
	}
}

// The base URL comes from the docs' own request URLs, not the mangled
// "API Base URL" block, and every curl sample uses it.
func TestRealBaseURLFromRequestURLs(t *testing.T) {
	c := loadReal(t)
	var bodies []string
	for _, p := range c.Pages {
		bodies = append(bodies, p.body)
	}
	base := c.API.BaseURLIn(bodies)
	if !strings.HasPrefix(base, "https://") || strings.Contains(base, "_") || strings.Count(base, "/") != 2 {
		t.Fatalf("base URL %q", base)
	}
	uses := 0
	for _, p := range c.Pages {
		uses += strings.Count(p.body, base+"/")
	}
	if uses < 5 {
		t.Errorf("%q is used by only %d request URLs in the docs", base, uses)
	}
	p, ok := c.Page("reference/directory-sync/directory-user/list")
	if !ok {
		t.Skip("no directory-user/list page in this corpus")
	}
	md := c.View(p, "curl").Markdown
	for _, want := range []string{"curl '" + base + "/directory_users'", "*Response — " + apiref.SampleMark + "*", `"list_metadata": {`} {
		if !strings.Contains(md, want) {
			t.Errorf("directory-user/list in curl lacks %q", want)
		}
	}
}
