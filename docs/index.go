package docs

import (
	"slices"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// Search ranks pages for a full-text query. The index is built on first use
// (or by WarmSearch) and shared by all callers.
func (c *Corpus) Search(q string, o search.Options) search.Result {
	return c.index().Search(q, o)
}

// GoTo matches titles, paths, section headings and API symbols as the user types.
func (c *Corpus) GoTo(q string, limit int) []search.Match {
	return c.index().GoTo(q, limit)
}

// WarmSearch builds the search index in the background, so the first query
// does not pay for it.
func (c *Corpus) WarmSearch() {
	go c.index()
}

func (c *Corpus) index() *search.Index {
	c.searchOnce.Do(func() { c.searchIndex = search.Build(SearchDocs(c)) })
	return c.searchIndex
}

// SearchDocs is the corpus as the search index sees it: one Doc per page, its
// sections as Markdown slices (no copies) and its API spellings by language.
func SearchDocs(c *Corpus) []search.Doc {
	type sym struct{ name, lang string }
	syms := map[string][]sym{}
	if c.API != nil {
		for _, s := range c.API.Symbols() {
			syms[s.Page] = append(syms[s.Page], sym{s.Name, s.Lang})
		}
	}
	incoming := linkTexts(c)
	docs := make([]search.Doc, 0, len(c.Pages))
	for _, p := range c.Pages {
		d := search.Doc{Path: p.Path, Title: p.Title, Description: p.Description, Depth: navDepth(p), Trail: navTrail(p)}
		d.LinkText = incoming[p.Path]
		for _, s := range p.Sections {
			start, end := max(0, min(s.Start, len(p.Markdown))), max(0, min(s.End, len(p.Markdown)))
			d.Sections = append(d.Sections, search.Section{
				Level: s.Level, Heading: s.Heading, Anchor: s.Anchor, Markdown: p.Markdown[start:max(start, end)],
			})
		}
		for _, s := range syms[p.Path] {
			d.Symbols = append(d.Symbols, s.name)
			d.SymbolLangs = append(d.SymbolLangs, s.lang)
		}
		if ap := c.API.Page(p.Path); ap != nil {
			for _, l := range ap.Langs {
				for _, e := range ap.ByLang[l] {
					d.TypeNames = append(d.TypeNames, e.OptionTypes()...)
				}
			}
		}
		linksTo(p, &d)
		// SDK guide helpers have no language entry: SymbolLangs may be shorter.
		d.Symbols = append(d.Symbols, p.Symbols...)
		docs = append(docs, d)
	}
	return docs
}

// linkTexts maps a page to the texts other pages link to it with, each
// once (case folded): what the rest of the docs call it ("automatically
// add users to organizations" for JIT provisioning), the anchor text web
// search has long relied on: +0.060 summed MRR over the tuning sets and
// +0.013 on the held-out real3 (docs/search/doc.go). Texts that say nothing
// of the target ("here", "this guide") are left out.
func linkTexts(c *Corpus) map[string][]string {
	in := map[string][]string{}
	for _, p := range c.Pages {
		for _, l := range p.Links {
			t := strings.TrimSpace(l.Text)
			if l.Page == "" || l.Page == p.Path || len(t) < 2 || genericLinkText[strings.ToLower(t)] ||
				slices.ContainsFunc(in[l.Page], func(s string) bool { return strings.EqualFold(s, t) }) {
				continue
			}
			in[l.Page] = append(in[l.Page], t)
		}
	}
	return in
}

// linksTo fills the pages d and each of its sections link to, each once, in
// the page's link order; search weighs a link beside the text a question
// matched. A link is placed by where its Markdown target sits, found once
// per distinct target (not per section: reference pages have dozens of
// sections and links).
func linksTo(p *Page, d *search.Doc) {
	seen := map[string]bool{}
	for _, l := range p.Links {
		if l.Page == "" || l.Page == p.Path || seen[l.URL] {
			continue
		}
		seen[l.URL] = true
		if !slices.Contains(d.LinksTo, l.Page) {
			d.LinksTo = append(d.LinksTo, l.Page)
		}
		target := "](" + l.URL
		for from := 0; ; {
			i := strings.Index(p.Markdown[from:], target)
			if i < 0 {
				break
			}
			i += from
			from = i + len(target)
			s, _ := slices.BinarySearchFunc(p.Sections, i, func(s Section, pos int) int {
				if s.End <= pos {
					return -1
				}
				if s.Start > pos {
					return 1
				}
				return 0
			})
			if s < len(d.Sections) && s < len(p.Sections) && p.Sections[s].Start <= i && i < p.Sections[s].End &&
				!slices.Contains(d.Sections[s].LinksTo, l.Page) {
				d.Sections[s].LinksTo = append(d.Sections[s].LinksTo, l.Page)
			}
		}
	}
}

// genericLinkText are link texts that name no topic.
var genericLinkText = map[string]bool{"here": true, "this": true, "link": true, "this link": true, "this page": true,
	"this guide": true, "the guide": true, "guide": true, "docs": true, "documentation": true, "the docs": true,
	"learn more": true, "read more": true, "click here": true, "see": true, "more": true, "page": true}

// navDepth is how deep a page sits in the navigation tree; pages in no tree
// count as deep.
func navDepth(p *Page) int {
	if p.Nav == nil {
		return 4
	}
	d := 0
	for n := p.Nav.Parent; n != nil; n = n.Parent {
		d++
	}
	return d
}

// navTrail joins the titles of the groups and pages above p in the navigation
// tree, outermost first: the words a reader sees around the page's link
// ("API Reference / AuthKit / User", "Migrations").
func navTrail(p *Page) string {
	if p.Nav == nil {
		return ""
	}
	var titles []string
	for n := p.Nav.Parent; n != nil; n = n.Parent {
		if n.Title != "" {
			titles = append(titles, n.Title)
		}
	}
	slices.Reverse(titles)
	return strings.Join(titles, " / ")
}
