package docs

import (
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// navFile is one parsed _navigation.mdx.
type navFile struct {
	area  string // folder under docs/ ("sso"); "" for a root navigation
	title string
	links []navLink
}

type navLink struct {
	title string
	url   string
	links []navLink
}

// maxNavDepth bounds nesting (the corpus goes 5 deep); deeper links are dropped.
const maxNavDepth = 12

func parseNav(file string, front *yaml.Node) *navFile {
	dir := path.Dir(file)
	if dir == "." {
		dir = ""
	}
	nf := &navFile{area: dir, title: scalarText(mapValue(front, "title"))}
	budget := maxNavLinks
	nf.links = parseNavLinks(mapValue(front, "links"), 0, &budget)
	return nf
}

// maxNavLinks bounds the links read from one file: YAML aliases can make a
// small file describe an exponentially large tree.
const maxNavLinks = 5000

func parseNavLinks(seq *yaml.Node, depth int, budget *int) []navLink {
	if seq == nil || seq.Kind != yaml.SequenceNode || depth > maxNavDepth {
		return nil
	}
	var out []navLink
	for _, it := range seq.Content {
		it = resolveAlias(it)
		if it == nil || it.Kind != yaml.MappingNode || *budget <= 0 {
			continue
		}
		*budget--
		l := navLink{
			title: scalarText(mapValue(it, "title")),
			url:   scalarText(mapValue(it, "url")), // folded scalars end in "\n"; scalarText trims
			links: parseNavLinks(mapValue(it, "links"), depth+1, budget),
		}
		if l.url == "" && len(l.links) == 0 && l.title == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// areaOrder is the order of top-level sections: how a reader meets the
// product (start with AuthKit and the core features, then platform pieces,
// integrations and migrations). Areas not listed come after these,
// alphabetically by title, and areaTail closes the tree.
var areaOrder = []string{
	"authkit", "sso", "directory-sync", "admin-portal", "audit-logs", "rbac", "fga",
	"mfa", "magic-link", "domain-verification", "custom-domains", "events", "widgets",
	"vault", "pipes", "feature-flags", "email", "integrations", "migrate", "sdks",
}

var areaTail = []string{"reference", "glossary", "deprecations"}

// areaRank sorts areas: listed first, unknown middle (rank len(areaOrder)), tail last.
func areaRank(area string) int {
	for i, a := range areaOrder {
		if a == area {
			return i
		}
	}
	for i, a := range areaTail {
		if a == area {
			return len(areaOrder) + 1 + i
		}
	}
	return len(areaOrder)
}

// buildNav turns the navigation files into top-level sections.
func (c *Corpus) buildNav(navs []*navFile) {
	for _, nf := range navs {
		key := nf.area
		if key == "" {
			key = "docs"
		}
		title := nf.title
		if title == "" {
			title = humanize(lastSegment(key))
		}
		sec := c.areas[key]
		if sec == nil {
			sec = &NavNode{Title: title}
			c.areas[key] = sec
		}
		for _, l := range nf.links {
			c.addNavLink(sec, l, nf.area)
		}
	}
}

func (c *Corpus) addNavLink(parent *NavNode, l navLink, area string) {
	n := &NavNode{Title: l.title, Parent: parent}
	if l.url != "" {
		n.Path = c.navTarget(l.url, area)
		if _, ok := c.byPath[n.Path]; !ok {
			n.Dangling = true
		}
	}
	if n.Title == "" {
		n.Title = humanize(lastSegment(n.Path))
	}
	for _, ch := range l.links {
		c.addNavLink(n, ch, area)
	}
	parent.Children = append(parent.Children, n)
}

// navTarget resolves a nav URL. Site-absolute URLs are the rule; a relative one
// is tried against the navigation's folder first.
func (c *Corpus) navTarget(u, area string) string {
	u = strings.TrimSpace(u)
	if !strings.HasPrefix(u, "/") && !strings.Contains(u, "://") && area != "" {
		if p := NormPath(area + "/" + u); c.byPath[p] != nil {
			return p
		}
	}
	return NormPath(u)
}

// otherPagesTitle names the group that collects pages no navigation lists.
const otherPagesTitle = "Other pages"

// placeOrphans puts pages that no navigation lists under their area's section,
// sorted by title, so that every page is reachable from the tree.
func (c *Corpus) placeOrphans() {
	listed := map[string]bool{}
	for _, sec := range c.areas {
		walkNav(sec, func(n *NavNode) {
			if n.Path != "" && !n.Dangling {
				listed[n.Path] = true
			}
		})
	}
	byArea := map[string][]*Page{}
	for _, p := range c.Pages {
		if !listed[p.Path] {
			a := areaOf(p.Path)
			byArea[a] = append(byArea[a], p)
		}
	}
	for area, pages := range byArea {
		sort.SliceStable(pages, func(i, j int) bool {
			ti, tj := strings.ToLower(pages[i].Title), strings.ToLower(pages[j].Title)
			if ti != tj {
				return ti < tj
			}
			return pages[i].Path < pages[j].Path
		})
		sec := c.areas[area]
		if sec == nil && len(pages) == 1 && pages[0].Path == area {
			// A lone top-level page (glossary, email…) is its own section.
			c.areas[area] = &NavNode{Title: pages[0].Title, Path: area, Unlisted: true}
			continue
		}
		if sec == nil {
			sec = &NavNode{Title: humanize(area)}
			c.areas[area] = sec
		}
		holder := sec
		if len(sec.Children) > 0 {
			holder = &NavNode{Title: otherPagesTitle, Parent: sec, Unlisted: true}
			sec.Children = append(sec.Children, holder)
		}
		for _, p := range pages {
			holder.Children = append(holder.Children, &NavNode{Title: p.Title, Path: p.Path, Parent: holder, Unlisted: true})
		}
	}
	keys := make([]string, 0, len(c.areas))
	for k := range c.areas {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := areaRank(keys[i]), areaRank(keys[j])
		if ri != rj {
			return ri < rj
		}
		ti, tj := strings.ToLower(c.areas[keys[i]].Title), strings.ToLower(c.areas[keys[j]].Title)
		if ti != tj {
			return ti < tj
		}
		return keys[i] < keys[j]
	})
	c.Nav = c.Nav[:0]
	for _, k := range keys {
		c.Nav = append(c.Nav, c.areas[k])
	}
}

// linkNav points each page at the first node that shows it (depth first, in order).
func (c *Corpus) linkNav() {
	for _, sec := range c.Nav {
		walkNav(sec, func(n *NavNode) {
			if p := c.byPath[n.Path]; p != nil && n.Path != "" && p.Nav == nil {
				p.Nav = n
			}
		})
	}
}

// walkNav visits n and its descendants depth first, in order.
func walkNav(n *NavNode, f func(*NavNode)) {
	f(n)
	for _, ch := range n.Children {
		walkNav(ch, f)
	}
}

// navTitles records, per page, the title of the first nav link naming it;
// it runs before orphans exist, so titles come from real navigation only.
func (c *Corpus) navTitles() {
	keys := make([]string, 0, len(c.areas))
	for k := range c.areas {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return areaRank(keys[i]) < areaRank(keys[j]) || areaRank(keys[i]) == areaRank(keys[j]) && keys[i] < keys[j]
	})
	for _, k := range keys {
		walkNav(c.areas[k], func(n *NavNode) {
			if p := c.byPath[n.Path]; p != nil && n.Path != "" && p.navTitle == "" {
				p.navTitle = n.Title
			}
		})
	}
}
