package tui

import (
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// corpusDocs adapts *docs.Corpus to Docs.
type corpusDocs struct {
	c       *docs.Corpus
	version string
}

// FromCorpus wraps a loaded corpus for the explorer and starts building its
// search index in the background, so the first keystroke in the palette is fast.
func FromCorpus(c *docs.Corpus) Docs {
	c.WarmSearch()
	v := c.Manifest.Version
	if v == "" { // an unpacked package has no sync manifest; its package.json names the version
		if f := strings.Fields(docs.CorpusVersion(c.Dir)); len(f) > 0 {
			v = f[len(f)-1]
		}
	}
	return corpusDocs{c: c, version: v}
}

func (d corpusDocs) Tree() []*docs.NavNode          { return d.c.Nav }
func (d corpusDocs) Changes() []docs.ChangelogEntry { return d.c.Changelog }
func (d corpusDocs) Version() string                { return d.version }
func (d corpusDocs) Languages() []string            { return d.c.Languages() }

func (d corpusDocs) Page(path string) *docs.Page {
	p, _ := d.c.Page(path)
	return p
}

func (d corpusDocs) PageCount() int { return d.c.PageCount() }

func (d corpusDocs) Resolve(address string) (*docs.Page, string, bool) { return d.c.Resolve(address) }

func (d corpusDocs) View(p *docs.Page, lang string) docs.View { return d.c.View(p, lang) }

func (d corpusDocs) ViewWith(p *docs.Page, lang string, st docs.Stack) docs.View {
	return d.c.ViewWith(p, lang, st)
}

func (d corpusDocs) Symbols() []apiref.Symbol {
	if d.c.API == nil {
		return nil
	}
	return d.c.API.Symbols()
}

func (d corpusDocs) Search(q string, o search.Options) search.Result { return d.c.Search(q, o) }
func (d corpusDocs) GoTo(q string, limit int) []search.Match         { return d.c.GoTo(q, limit) }
func (d corpusDocs) Suggest(a string, n int) []string                { return d.c.Suggest(a, n) }
