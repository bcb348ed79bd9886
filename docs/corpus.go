package docs

import "strings"

// Page finds a page by any spelling NormPath accepts.
func (c *Corpus) Page(path string) (*Page, bool) {
	p, ok := c.byPath[NormPath(path)]
	return p, ok
}

// Resolve finds the page and section an address names. Beyond Page it knows
// the site's section sub-paths: "glossary/acs-url" is the section "acs-url"
// of "glossary" and "authkit/sessions/configuring-sessions/sign-out-redirect"
// the section "sign-out-redirect" of "authkit/sessions". A sub-path resolves
// only when one of its segments is a section anchor of the page, so a typo
// such as "sso/overveiw" is not taken for the page "sso".
func (c *Corpus) Resolve(address string) (p *Page, anchor string, ok bool) {
	key, anchor := SplitAnchor(address)
	if p := c.byPath[key]; p != nil {
		return p, anchor, true
	}
	if p, a, ok := c.resolveSection(key, anchor); ok {
		return p, a, true
	}
	for _, m := range movedAreas {
		if rest, ok := strings.CutPrefix(key, m[0]); ok {
			if p := c.byPath[m[1]+rest]; p != nil {
				return p, anchor, true
			}
			return c.resolveSection(m[1]+rest, anchor)
		}
	}
	return nil, "", false
}

// movedAreas are areas the docs site renamed (User Management became
// AuthKit); pages and SDK READMEs still link to the old paths, which the
// site redirects.
var movedAreas = [][2]string{
	{"user-management/", "authkit/"},
	{"reference/user-management/", "reference/authkit/"},
}

// resolveSection maps a site sub-path (page path + section slug) to the
// page and the section's anchor.
func (c *Corpus) resolveSection(key, anchor string) (p *Page, a string, ok bool) {
	for k := key; ; {
		i := strings.LastIndexByte(k, '/')
		if i < 0 {
			return nil, "", false
		}
		k = k[:i]
		p := c.byPath[k]
		if p == nil {
			continue
		}
		segs := strings.Split(key[len(k)+1:], "/")
		for j := len(segs) - 1; j >= 0; j-- {
			if a := sectionAnchor(p, segs[j]); a != "" {
				if anchor == "" {
					anchor = a
				}
				return p, anchor, true
			}
		}
		return nil, "", false
	}
}

// sectionAnchor is the anchor of p's section named seg, compared without
// dashes as a second chance ("oauth-2-0" on the site, "oauth-20" as a slug).
func sectionAnchor(p *Page, seg string) string {
	if seg == "" {
		return ""
	}
	for _, s := range p.Sections {
		if s.Anchor != "" && s.Anchor == seg {
			return s.Anchor
		}
	}
	loose := strings.ReplaceAll(seg, "-", "")
	for _, s := range p.Sections {
		if s.Anchor != "" && strings.ReplaceAll(s.Anchor, "-", "") == loose {
			return s.Anchor
		}
	}
	return ""
}

// Area is the top-level section of the tree that holds a page path, or the
// section of that area folder ("sso", "integrations"); nil when unknown.
func (c *Corpus) Area(path string) *NavNode {
	key := NormPath(path)
	if p := c.byPath[key]; p != nil && p.Nav != nil {
		n := p.Nav
		for n.Parent != nil {
			n = n.Parent
		}
		return n
	}
	return c.areas[areaOf(key)]
}

// Children lists what sits below path in the tree: "" gives the top-level
// sections, an area folder ("sso") its section's entries, a page the entries
// nested under it. nil when there is nothing below.
func (c *Corpus) Children(path string) []*NavNode {
	key := NormPath(path)
	if key == "" {
		return c.Nav
	}
	if sec := c.areas[key]; sec != nil && sec.Path == "" {
		return sec.Children
	}
	if p := c.byPath[key]; p != nil && p.Nav != nil {
		return p.Nav.Children
	}
	return nil
}
