package tui

import (
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
	PageCount() int
	Page(path string) *docs.Page
	// Resolve maps a docs address (path, site sub-path or docs URL, with an
	// optional #anchor) to a page and the anchor of its section.
	Resolve(address string) (p *docs.Page, anchor string, ok bool)
	// View is a page in one SDK language ("" = all): its Markdown and the
	// sections that index that Markdown.
	View(p *docs.Page, lang string) docs.View
	// ViewWith is View for a reader who chose a stack: options for other
	// stacks fold into one line naming them. The zero Stack gives View.
	ViewWith(p *docs.Page, lang string, st docs.Stack) docs.View
	Languages() []string
	Symbols() []apiref.Symbol
	Search(q string, o search.Options) search.Result
	GoTo(q string, limit int) []search.Match
	// Suggest proposes up to n page paths for an address that names no page.
	Suggest(address string, n int) []string
}

// location is a place the explorer can show: a page path (or a virtual page
// such as the changelog) and an optional anchor or scroll offset.
type location struct {
	Path   string
	Anchor string
	Offset int // restored scroll position (history); -1 when unknown
	// Width is the page width Offset was measured at; at another width the
	// page opens at place instead (history, after a resize). 0: any width.
	Width int
	place *place
}

// Virtual pages are not in the corpus; their paths cannot clash with page paths.
const (
	homePath      = ":home"
	changelogPath = ":changelog"
)

// isDocsURL reports a URL into the docs site, which the explorer opens itself.
func isDocsURL(u string) bool { return docs.IsDocsURL(u) }

// docsURL is the canonical URL of a page path ("" = the docs root) and anchor.
func docsURL(path, anchor string) string { return docs.URL(path, anchor) }
