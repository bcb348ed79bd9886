package tui

import (
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// Docs is what the explorer needs from the document model. *docs.Corpus
// satisfies it through FromCorpus; tests use small in-memory fakes.
// Implementations must be safe for concurrent use: renders and searches run in Cmds.
type Docs interface {
	Tree() []*docs.NavNode
	Changes() []docs.ChangelogEntry
	Version() string
	Page(path string) *docs.Page
	Markdown(p *docs.Page, lang string) string // Markdown with the API reference in lang ("" = all)
	Languages() []string
	Symbols() []apiref.Symbol
	Search(q string, o search.Options) search.Result
	GoTo(q string, limit int) []search.Match
}

// location is a place the explorer can show: a page path (or a virtual page
// such as the changelog) and an optional anchor or scroll offset.
type location struct {
	Path   string
	Anchor string
	Offset int // restored scroll position (history); -1 when unknown
}

// Virtual pages are not in the corpus; their paths cannot clash with page paths.
const (
	homePath      = ":home"
	changelogPath = ":changelog"
)

// splitDocsURL turns a canonical docs URL into a page path and anchor.
// ok is false for URLs outside the docs.
func splitDocsURL(u string) (path, anchor string, ok bool) {
	rest, found := strings.CutPrefix(u, docs.BaseURL)
	if !found {
		rest, found = strings.CutPrefix(u, strings.TrimSuffix(docs.BaseURL, "/"))
		if !found {
			return "", "", false
		}
	}
	rest, anchor, _ = strings.Cut(rest, "#")
	rest, _, _ = strings.Cut(rest, "?")
	rest = strings.Trim(rest, "/")
	rest = strings.TrimSuffix(rest, ".mdx")
	rest = strings.TrimSuffix(rest, "/index")
	return rest, anchor, true
}
