package docs

import (
	"sort"
	"strings"
)

// An area is a top-level folder of the docs ("sso", "reference"): the first
// segment of a page path. Each area has one top-level section of the tree
// (Corpus.Area). This file is the one definition of both.

// AreaOf is the area of a page path ("sso/login-flows" → "sso"), in any
// spelling NormPath accepts.
func AreaOf(path string) string { return areaOf(NormPath(path)) }

// Areas lists the areas that hold pages, sorted by name.
func (c *Corpus) Areas() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range c.Pages {
		if a := areaOf(p.Path); a != "" && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// Under lists the pages at prefix or below it ("sso" → "sso", "sso/login-flows"…),
// in path order; nil for an empty prefix or one that holds no page.
func (c *Corpus) Under(prefix string) []*Page {
	key := NormPath(prefix)
	if key == "" {
		return nil
	}
	var out []*Page
	if p := c.byPath[key]; p != nil {
		out = append(out, p)
	}
	i := sort.Search(len(c.Pages), func(i int) bool { return c.Pages[i].Path > key+"/" })
	for ; i < len(c.Pages) && strings.HasPrefix(c.Pages[i].Path, key+"/"); i++ {
		out = append(out, c.Pages[i])
	}
	return out
}

// AreaKey is the area that addresses a top-level section of the tree: the
// area of its first page, depth first ("" when it holds no page).
func AreaKey(n *NavNode) string {
	if n == nil {
		return ""
	}
	if n.Path != "" {
		return areaOf(n.Path)
	}
	for _, ch := range n.Children {
		if k := AreaKey(ch); k != "" {
			return k
		}
	}
	return ""
}
