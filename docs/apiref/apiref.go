// Package apiref models the API reference carried in the frontmatter of
// reference pages: entries per SDK language, their parameters and returns, and the
// "(token)" descriptions, resolved through one global resolver.
package apiref

import "go.yaml.in/yaml/v3"

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
}

// Entry is one method, endpoint or object in one language.
type Entry struct {
	Lang       string `json:"lang"`
	Key        string `json:"key"`
	ID         string `json:"id"` // shared by the same method across languages
	Page       string `json:"page"`
	Title      string `json:"title"`          // e.g. "sso.getConnection()" or "/connections/:id"
	Verb       string `json:"verb,omitempty"` // HTTP verb (curl entries)
	Parameters []Item `json:"parameters,omitempty"`
	Returns    []Item `json:"returns,omitempty"`
	Properties []Item `json:"properties,omitempty"`
}

// Page is the reference of one page, by language.
type Page struct {
	Path   string
	Langs  []string           // languages present, stable order (curl first)
	ByLang map[string][]Entry // entries in file order
}

// Symbol is one spelling of an API method, endpoint, object or event.
type Symbol struct {
	Name string // as a developer would type it: "sso.getConnection()", "GET /connections/:id"
	Lang string
	ID   string
	Page string
}

// Set is the reference across the whole corpus.
type Set struct {
	pages map[string]*Page
}

// Build parses every source and resolves tokens globally. Problems are returned
// as notices (file path, message); Build never fails.
// TODO(model issue): implement.
func Build(sources []Source) (*Set, []Notice) {
	return &Set{pages: map[string]*Page{}}, nil
}

// Notice is a problem with one file's reference data.
type Notice struct {
	Path    string
	Message string
}

// Page returns the reference of a page, or nil.
func (s *Set) Page(path string) *Page { return s.pages[path] }

// Render is the Markdown for the entries with this id (one method across
// languages). With lang "" it is a compact cross-language signature list plus the
// HTTP shape; with a language, that language's signature, a parameter table
// (name, type, required, description) and the returns. "" when the id is unknown.
// TODO(model issue): implement.
func (s *Set) Render(id, lang string) string { return "" }

// IDs lists the entry ids of a page in file order.
func (p *Page) IDs() []string { return nil }

// Symbols lists every spelling of every entry across the corpus.
func (s *Set) Symbols() []Symbol { return nil }

// Languages lists the SDK languages present, curl first, then by frequency.
func (s *Set) Languages() []string { return nil }

// Lookup finds entries by any spelling a developer might type: a method
// ("getProfileAndToken", "get_profile_and_token", "sso.getConnection()"), an
// endpoint ("GET /sso/profile") or an id. Best matches first.
func (s *Set) Lookup(name string) []Entry { return nil }
