package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// fakeDocs is a tiny corpus written for these tests (not WorkOS text).
type fakeDocs struct {
	pages   map[string]*docs.Page
	order   []*docs.Page
	nav     []*docs.NavNode
	changes []docs.ChangelogEntry
	symbols []apiref.Symbol
	byLang  map[string]string // reference Markdown per language
}

type fakeSection struct{ heading, anchor, body string }

func (f *fakeDocs) add(path, title string, secs ...fakeSection) *docs.Page {
	p := &docs.Page{Path: path, Title: title}
	var b strings.Builder
	for _, s := range secs {
		start := b.Len()
		level := 0
		if s.heading != "" {
			level = 2
			fmt.Fprintf(&b, "## %s\n\n", s.heading)
		}
		b.WriteString(s.body + "\n\n")
		p.Sections = append(p.Sections, docs.Section{Level: level, Heading: s.heading, Anchor: s.anchor, Start: start, End: b.Len()})
	}
	p.Markdown = b.String()
	f.pages[path] = p
	f.order = append(f.order, p)
	return p
}

func lorem(topic string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Paragraph %d about %s keeps the reader busy with plain words that wrap.\n\n", i+1, topic)
	}
	return b.String()
}

func newFakeDocs() *fakeDocs {
	f := &fakeDocs{pages: map[string]*docs.Page{}}
	f.add("get-started", "Get started",
		fakeSection{"", "", "Welcome to the sample docs. Read about [Single Sign-On](https://workos.com/docs/sso) first."},
		fakeSection{"Install the SDK", "install-the-sdk", "Run the installer. See [the example site](https://example.com/guide) or [the setup step](#next-steps)."},
		fakeSection{"Next steps", "next-steps", lorem("next steps", 6)})
	f.add("sso", "Single Sign-On",
		fakeSection{"", "", "Single Sign-On lets people log in with their company identity provider."},
		fakeSection{"Overview", "overview", lorem("the overview", 12)},
		fakeSection{"Login flows", "login-flows", "A login flow starts at the provider. " + lorem("login flows", 12)},
		fakeSection{"Testing", "testing", "Use the test provider. Back to [start](https://workos.com/docs/get-started#install-the-sdk)."})
	f.add("magic-auth", "Magic Auth",
		fakeSection{"", "", "Magic Auth sends a one-time code by email: see [how codes go out](https://workos.com/docs/magic-auth/sending-codes)."},
		fakeSection{"Sending codes", "sending-codes", lorem("sending codes", 5)})
	ref := f.add("reference/sso/get-profile", "Get a profile",
		fakeSection{"", "", "Returns the profile of a signed-in user."})
	ref.API = &apiref.Page{Path: ref.Path, Langs: []string{"curl", "js", "python"}}
	f.byLang = map[string]string{
		"curl":   "Returns the profile of a signed-in user.\n\n## GET /sso/profile\n\nCall it with a bearer token.\n",
		"js":     "Returns the profile of a signed-in user.\n\n## sso.getProfile()\n\nCall it from JavaScript.\n",
		"python": "Returns the profile of a signed-in user.\n\n## sso.get_profile()\n\nCall it from Python.\n",
	}
	f.add("integrations/okta", "Okta", fakeSection{"", "", "Connect an Okta tenant."})

	node := func(title, path string, kids ...*docs.NavNode) *docs.NavNode {
		n := &docs.NavNode{Title: title, Path: path, Children: kids}
		for _, k := range kids {
			k.Parent = n
		}
		if p := f.pages[path]; p != nil {
			p.Nav = n
		}
		return n
	}
	missing := node("Gone page", "sso/gone")
	missing.Dangling = true
	okta := node("Okta", "integrations/okta")
	okta.Unlisted = true
	f.nav = []*docs.NavNode{
		node("Get started", "get-started"),
		node("Authentication", "", node("Single Sign-On", "sso", missing), node("Magic Auth", "magic-auth")),
		node("API reference", "", node("SSO", "", node("Get a profile", "reference/sso/get-profile"))),
		node("Integrations", "", okta),
	}
	f.changes = []docs.ChangelogEntry{
		{Package: "sample", Title: "Older feature", Date: "2025-01-10", Changes: []string{"An older change."}, URL: "https://example.com/old"},
		{Package: "sample", Title: "Newest feature", Date: "2025-06-01", Changes: []string{"A newer change."}, URL: "https://example.com/new"},
	}
	for _, s := range []struct{ name, lang string }{{"GET /sso/profile", "curl"}, {"sso.getProfile()", "js"}, {"sso.get_profile()", "python"}} {
		f.symbols = append(f.symbols, apiref.Symbol{Name: s.name, Lang: s.lang, ID: "get_profile", Page: ref.Path})
	}
	return f
}

func (f *fakeDocs) Tree() []*docs.NavNode          { return f.nav }
func (f *fakeDocs) Changes() []docs.ChangelogEntry { return f.changes }
func (f *fakeDocs) Version() string                { return "0.0.1" }
func (f *fakeDocs) Page(path string) *docs.Page    { return f.pages[path] }
func (f *fakeDocs) Languages() []string            { return []string{"curl", "js", "python"} }
func (f *fakeDocs) Symbols() []apiref.Symbol       { return f.symbols }

func (f *fakeDocs) PageCount() int { return len(f.order) }

// View gives reference pages their per-language Markdown, with sections
// found again in that Markdown (as docs.Corpus.View does).
func (f *fakeDocs) View(p *docs.Page, lang string) docs.View {
	md, ok := f.byLang[lang]
	if !ok || p.API == nil {
		return docs.View{Markdown: p.Markdown, Sections: p.Sections}
	}
	var secs []docs.Section
	off := 0
	for line := range strings.SplitAfterSeq(md, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			if n := len(secs); n > 0 {
				secs[n-1].End = off
			}
			h = strings.TrimSpace(h)
			secs = append(secs, docs.Section{Level: 2, Heading: h, Anchor: docs.Slug(h), Start: off})
		}
		off += len(line)
	}
	if n := len(secs); n > 0 {
		secs[n-1].End = len(md)
	}
	return docs.View{Markdown: md, Sections: secs}
}

// Resolve knows page paths and the site's section sub-paths ("sso/testing").
func (f *fakeDocs) Resolve(address string) (*docs.Page, string, bool) {
	path, anchor := docs.SplitAnchor(address)
	if p := f.pages[path]; p != nil {
		return p, anchor, true
	}
	dir, seg, ok := cutLast(path)
	if p := f.pages[dir]; ok && p != nil {
		for _, s := range p.Sections {
			if s.Anchor == seg {
				return p, seg, true
			}
		}
	}
	return nil, "", false
}

func cutLast(path string) (dir, last string, ok bool) {
	i := strings.LastIndexByte(path, '/')
	if i < 0 {
		return "", "", false
	}
	return path[:i], path[i+1:], true
}

// Search is a plain substring scan: enough to drive the palette.
func (f *fakeDocs) Search(q string, o search.Options) search.Result {
	q = strings.ToLower(strings.TrimSpace(q))
	res := search.Result{Query: q}
	for _, p := range f.order {
		for _, s := range p.Sections {
			text := p.Markdown[s.Start:s.End]
			i := strings.Index(strings.ToLower(text), q)
			if i < 0 {
				continue
			}
			lo := max(0, i-20)
			snip := text[lo:min(len(text), i+len(q)+30)]
			res.Hits = append(res.Hits, search.Hit{Path: p.Path, Title: p.Title, Section: s.Heading, Anchor: s.Anchor,
				Snippet: snip, Marks: [][2]int{{i - lo, i - lo + len(q)}}})
			res.Total++
			break
		}
	}
	if o.Limit > 0 && len(res.Hits) > o.Limit {
		res.Hits = res.Hits[:o.Limit]
	}
	return res
}

// GoTo matches titles and symbols by substring, with rune positions.
func (f *fakeDocs) GoTo(q string, limit int) []search.Match {
	var out []search.Match
	try := func(t search.Target) {
		if pos, ok := termPositions(t.Label, q); ok && len(out) < limit {
			out = append(out, search.Match{Target: t, Score: 100 - utf8.RuneCountInString(t.Label), Positions: pos})
		}
	}
	for _, p := range f.order {
		try(search.Target{Label: p.Title, Path: p.Path, Kind: "page"})
		for _, s := range p.Sections {
			if s.Heading != "" {
				try(search.Target{Label: p.Title + " › " + s.Heading, Path: p.Path, Anchor: s.Anchor, Kind: "section"})
			}
		}
	}
	for _, s := range f.symbols {
		try(search.Target{Label: s.Name, Path: s.Page, Kind: "symbol"})
	}
	return out
}

// ViewWith marks the chosen stack at the end of the page, so tests can see
// that the explorer asked for it.
func (f *fakeDocs) ViewWith(p *docs.Page, lang string, st docs.Stack) docs.View {
	v := f.View(p, lang)
	if !st.IsZero() {
		v.Markdown += "\nShown for the " + st.String() + " stack.\n"
	}
	return v
}

// Suggest proposes pages whose path starts like the address.
func (f *fakeDocs) Suggest(address string, n int) []string {
	a := strings.Trim(address, "/")
	var out []string
	for _, p := range f.order {
		if len(a) >= 3 && strings.HasPrefix(p.Path, a[:3]) && len(out) < n {
			out = append(out, p.Path)
		}
	}
	return out
}
