// Package apiref models the API reference carried in the frontmatter of
// reference pages: entries per SDK language, their parameters and returns, and the
// "(token)" descriptions, resolved through one global resolver.
package apiref

import (
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Source is one file's parsed frontmatter, as the loader read it.
type Source struct {
	Path  string     // page path, e.g. "reference/sso/connection/get"
	Front *yaml.Node // the frontmatter mapping node
}

// Item is a parameter, return value or property.
type Item struct {
	Name        string `json:"name"`
	Type        string `json:"type,omitempty"`
	Description string `json:"description,omitempty"` // resolved text
	Optional    bool   `json:"optional,omitempty"`
	Properties  []Item `json:"properties,omitempty"`
	Ref         string `json:"ref,omitempty"` // id of the entry a bare object token names ("(Connection)")
}

// Entry is one method, endpoint or object in one language.
type Entry struct {
	Lang        string `json:"lang"`
	Key         string `json:"key"`
	ID          string `json:"id"` // shared by the same method across languages
	Page        string `json:"page"`
	Title       string `json:"title"`          // e.g. "sso.getConnection()" or "/connections/:id"
	Verb        string `json:"verb,omitempty"` // HTTP verb (curl entries)
	URL         string `json:"url,omitempty"`  // as written: a docs path or an external link
	Description string `json:"description,omitempty"`
	Parameters  []Item `json:"parameters,omitempty"`
	Returns     []Item `json:"returns,omitempty"`
	Properties  []Item `json:"properties,omitempty"`
}

// Page is the reference of one page, by language.
type Page struct {
	Path   string
	Langs  []string           // languages present, stable order (curl first)
	ByLang map[string][]Entry // entries in file order

	ids []string
}

// Symbol is one spelling of an API method, endpoint, object or event.
type Symbol struct {
	Name string // as a developer would type it: "sso.getConnection()", "GET /connections/:id"
	Lang string
	ID   string
	Page string
}

// Set is the reference across the whole corpus. It is read-only after Build
// and safe for concurrent use.
type Set struct {
	pages map[string]*Page
	order []string            // page paths in source order
	byID  map[string][]*Entry // by page order, then language rank
	langs []string
	stats Stats

	baseURL string // API base URL for generated requests (UseBaseURL)

	// The lookup index is built on first use: loading should not pay for it.
	indexOnce sync.Once
	syms      []Symbol
	info      []symInfo           // parallel to syms
	names     map[string][]int    // exact spelling → indexes into syms
	idFolds   map[string][]string // folded id → ids
}

// Notice is a problem with one file's reference data.
type Notice struct {
	Path    string
	Message string
}

// Page returns the reference of a page, or nil.
func (s *Set) Page(path string) *Page {
	if s == nil {
		return nil
	}
	return s.pages[path]
}

// Paths lists the pages that have reference data, in source order.
func (s *Set) Paths() []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s.order...)
}

// Stats counts entries and tokens; Unresolved should be 0 on a healthy corpus.
func (s *Set) Stats() Stats {
	if s == nil {
		return Stats{}
	}
	return s.stats
}

// Entries returns every entry with this id, all pages and languages
// (page order, then curl first and by language frequency).
func (s *Set) Entries(id string) []Entry {
	if s == nil {
		return nil
	}
	out := make([]Entry, 0, len(s.byID[id]))
	for _, e := range s.byID[id] {
		out = append(out, *e)
	}
	return out
}

// Render is the Markdown for the entries with this id (one method across
// languages). With lang "" it is a compact cross-language signature list plus the
// HTTP shape; with a language, that language's signature, a parameter table
// (name, type, required, description) and the returns. "" when the id is unknown.
func (s *Set) Render(id, lang string) string { return s.render(id, lang) }

// IDs lists the entry ids of a page in file order.
func (p *Page) IDs() []string {
	if p == nil {
		return nil
	}
	return append([]string(nil), p.ids...)
}

// Symbols lists every spelling of every entry across the corpus.
func (s *Set) Symbols() []Symbol {
	if s == nil {
		return nil
	}
	s.indexOnce.Do(s.index)
	return append([]Symbol(nil), s.syms...)
}

// OptionTypes are the spellings of the parameter types named for the
// entry's method (Go's usermanagement.UpdateUserOpts for UpdateUser, .NET's
// ListGroupsOptions for ListGroups), bare and qualified: pull requests to
// typed SDKs name a call by its options type ("add ExternalID to
// UpdateUserOpts"). They are not Symbols: symbol pickers list methods, not
// their argument types.
func (e Entry) OptionTypes() []string {
	method := fold(e.Key)
	if len(method) < 4 {
		return nil
	}
	var out []string
	for _, p := range e.Parameters {
		t := strings.Trim(p.Type, "[]?* ")
		bare := t[strings.LastIndexByte(t, '.')+1:]
		if bare == "" || bare[0] < 'A' || bare[0] > 'Z' || strings.ContainsFunc(bare, notNameRune) ||
			fold(bare) == method || !strings.Contains(fold(bare), method) { // not Promise<CreateUserOptions>
			continue
		}
		if !slices.Contains(out, bare) {
			out = append(out, bare)
		}
		if t != bare && !slices.Contains(out, t) && !strings.ContainsFunc(t, func(r rune) bool { return r != '.' && notNameRune(r) }) {
			out = append(out, t)
		}
	}
	return out
}

func notNameRune(r rune) bool {
	return !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
}

// Languages lists the SDK languages present, curl first, then by frequency.
func (s *Set) Languages() []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s.langs...)
}

// Lookup finds entries by any spelling a developer might type: a method
// ("getProfileAndToken", "get_profile_and_token", "sso.getConnection()"), an
// endpoint ("GET /sso/profile") or an id. Best matches first.
func (s *Set) Lookup(name string) []Entry { return s.lookup(name) }
