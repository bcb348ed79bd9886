// Package docs is the document model of the WorkOS docs corpus: it loads a
// corpus folder into pages, sections, a navigation tree, the API reference and
// the changelog, and turns MDX into the Markdown every face of the program shows.
// It imports no UI or MCP code.
package docs

import (
	"sync"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// BaseURL is the canonical web root of every page path.
const BaseURL = "https://workos.com/docs/"

// Corpus is a loaded corpus. It is read-only after Load and safe for concurrent use.
type Corpus struct {
	Dir       string           // the organized folder (holds docs/)
	Manifest  Manifest         // what sync recorded; zero when the corpus was not synced
	Pages     []*Page          // sorted by Path
	Nav       []*NavNode       // top-level sections in stable order; every page is reachable
	Changelog []ChangelogEntry // newest first
	Notices   []Notice         // problems found while loading; loading itself never fails on them
	API       *apiref.Set      // the API reference across all pages
	SDKs      []SDKGuide       // synced SDK READMEs and changelogs, by package name; nil when none

	byPath      map[string]*Page
	areas       map[string]*NavNode // top-level section by area folder ("sso")
	searchOnce  sync.Once
	searchIndex *search.Index

	mdMu    sync.Mutex
	mdCache map[mdKey]View // language views per (page, SDK language); bounded by the corpus
}

// Manifest records where a synced corpus came from.
type Manifest struct {
	Package   string `json:"package"`
	Version   string `json:"version"`
	Integrity string `json:"integrity"`
	SyncedAt  string `json:"syncedAt"` // RFC 3339
	// Files maps each installed file (slash path under organized/, the
	// manifest itself excepted) to its size, mtime and SHA-256, so damage can
	// be found: cheaply at load (sizes, mtimes), fully by sync (hashes).
	Files map[string]FileSum `json:"files,omitempty"`
}

// Page is one document.
type Page struct {
	Path        string // "sso/login-flows"; "" never occurs
	File        string // file under docs/, slash-separated, e.g. "sso/login-flows.mdx"
	Title       string
	Description string
	Markdown    string       // the body as Markdown; reference pages carry the cross-language view
	Sections    []Section    // in order; byte ranges cover Markdown
	Links       []Link       // outgoing links in order of appearance
	API         *apiref.Page // nil unless the page has a reference: block
	Notices     []string     // what went wrong parsing this page, shown to readers
	Symbols     []string     // helper names an SDK guide documents ("withAuth"); API symbols live in API
	Nav         *NavNode     // the tree node that shows this page

	body     string   // MDX body after frontmatter, cleaned; input of Markdown(lang)
	loadNote []string // read/frontmatter problems, shown as a blockquote on top
	langDep  bool     // Markdown differs per SDK language (signatures or reference entries)
	stackDep bool     // Markdown differs per reader's stack (stack-specific alternatives)
	navTitle string   // title of the first nav link naming this page
	heading  string   // first heading of the body, for the title fallback
}

// URL is the page's canonical web address.
func (p *Page) URL() string { return URL(p.Path, "") }

// Section is a part of a page's Markdown under one heading.
type Section struct {
	Level      int    // heading level 1–6; 0 for the text before the first heading
	Heading    string // plain heading text, attributes stripped
	Anchor     string // stable anchor (explicit {{ "url" }} or slug of Heading)
	Start, End int    // byte range in Page.Markdown, heading line included
}

// Link is a link in a page body.
type Link struct {
	Text   string
	URL    string // absolute: canonical docs URL for internal links
	Page   string // resolved page path for internal links that exist, else ""
	Anchor string
}

// NavNode is an entry of the navigation tree.
type NavNode struct {
	Title    string     `json:"title"`
	Path     string     `json:"path"` // page path; "" for a group
	Children []*NavNode `json:"children,omitempty"`
	Parent   *NavNode   `json:"-"`
	Dangling bool       `json:"dangling,omitempty"` // names a page that does not exist
	Unlisted bool       `json:"unlisted,omitempty"` // placed by the loader: in no _navigation.mdx
}

// ChangelogEntry is one changelog item.
type ChangelogEntry struct {
	Package string   `json:"package"`
	Title   string   `json:"title"` // the feed's "version" field, which holds a title
	Date    string   `json:"date"`  // YYYY-MM-DD
	Changes []string `json:"changes"`
	URL     string   `json:"url"`
}

// Notice is a problem found while loading.
type Notice struct {
	File    string
	Message string
}
