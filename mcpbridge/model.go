package mcpbridge

import (
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// The seam over the docs model: every question the bridge asks the corpus goes
// through these few functions, so the handlers never touch files or MDX.

// pageOf is the page with this key, or nil.
func pageOf(c *docs.Corpus, key string) *docs.Page {
	p, _ := c.Page(key)
	return p
}

// suggest lists up to n existing page paths close to key.
func suggest(c *docs.Corpus, key string, n int) []string { return c.Suggest(key, n) }

// languagesOf lists the SDK languages of the API reference.
func languagesOf(c *docs.Corpus) []string { return c.Languages() }

// searchIn runs a full-text query.
func searchIn(c *docs.Corpus, q string, o search.Options) search.Result { return c.Search(q, o) }
