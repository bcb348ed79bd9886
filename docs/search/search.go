package search

// Doc is one page as the index sees it.
type Doc struct {
	Path        string // page path, e.g. "sso/login-flows"
	Title       string
	Description string
	Depth       int       // depth in the navigation tree; shallower breaks ties
	Trail       string    // titles of the page's ancestors in the navigation, e.g. "API Reference / AuthKit / User"
	LinkText    []string  // the texts other pages link to this one with, searched with Trail
	LinksTo     []string  // the pages this one links to, each once
	Sections    []Section // the page split at headings; Sections[0] may be the intro (Heading "")
	Symbols     []string  // API spellings on this page: "sso.getConnection()", "GET /connections/:id", event names…
	SymbolLangs []string  // SDK language of Symbols[i] ("" if none); parallel to Symbols, may be shorter
	TypeNames   []string  // parameter types named for a method here ("UpdateUserOpts"): they name the page exactly but are not indexed as text
}

// Section is a part of a page under one heading.
type Section struct {
	Level    int      // heading level 1–6; 0 for the intro
	Heading  string   // heading text, "" for the intro
	Anchor   string   // stable anchor, "" for the intro
	Markdown string   // the section's Markdown (search derives plain text and code from it)
	LinksTo  []string // the pages its links point to
}

// Options tune a full-text query. Zero values mean defaults.
type Options struct {
	Limit  int    // results wanted (default 10)
	Offset int    // results to skip, for paging
	Scope  string // restrict to a top-level area or path prefix, e.g. "sso", "reference"
	Lang   string // SDK language whose symbols get a boost, e.g. "python"
}

// Hit is one ranked result: a page with its best section.
type Hit struct {
	Path    string   `json:"path"`
	Title   string   `json:"title"`
	Section string   `json:"section"` // heading of the best section, "" for the page intro
	Anchor  string   `json:"anchor"`
	Snippet string   `json:"snippet"` // plain text, no Markdown link targets
	Marks   [][2]int `json:"-"`       // byte ranges of matched terms inside Snippet
	Score   float64  `json:"score"`
}

// Result answers a query.
type Result struct {
	Query      string   `json:"query"`
	Total      int      `json:"total"` // pages matched before Offset/Limit
	Hits       []Hit    `json:"results"`
	DidYouMean []string `json:"didYouMean,omitempty"`
	// Prefer is the SDK, framework or language the query named beside its
	// topic, nil if none: the words were not searched as topic words, and a
	// caller may show code for that stack.
	Prefer *Preference `json:"prefer,omitempty"`
}

// Target is something fuzzy go-to can jump to.
type Target struct {
	Label  string // what is matched and shown: a title, a path, a symbol
	Path   string // page path
	Anchor string // section anchor, "" for the page
	Kind   string // "page" (title), "path", "section" or "symbol"
}

// Match is a Target matched by a fuzzy query; Positions are rune indexes into Label.
type Match struct {
	Target
	Score     int
	Positions []int
}
