package docs

import (
	"slices"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
)

// View is a page as shown in one SDK language: its Markdown and the sections
// whose byte ranges index that Markdown (not Page.Markdown, which is the
// cross-language view).
type View struct {
	Markdown string
	Sections []Section
}

// View renders p for lang ("" for the cross-language view). Pages with no
// language-dependent content share Page.Markdown and Page.Sections; language
// views are rendered once and cached. Safe for concurrent use.
func (c *Corpus) View(p *Page, lang string) View {
	if p == nil {
		return View{}
	}
	if lang == "" || !p.langDep {
		return View{Markdown: p.Markdown, Sections: p.Sections}
	}
	lang = apiref.CanonicalLang(lang) // "golang" and "go" share one entry
	return c.cachedView(p, lang, Stack{})
}

// cachedView renders p for one language and stack choice once; later calls
// share the result. The cache is bounded by the corpus: pages × languages ×
// the stacks readers pick.
func (c *Corpus) cachedView(p *Page, lang string, st Stack) View {
	k := mdKey{p.Path, lang, st.String()}
	c.mdMu.Lock()
	v, ok := c.mdCache[k]
	c.mdMu.Unlock()
	if ok {
		return v
	}
	r := c.render(p, lang, mdx.Choice{Frontend: st.Frontend, Backend: st.Backend})
	v = View{Markdown: r.markdown, Sections: sections(r.markdown, r.headings)}
	c.mdMu.Lock()
	if c.mdCache == nil {
		c.mdCache = map[mdKey]View{}
	}
	c.mdCache[k] = v
	c.mdMu.Unlock()
	return v
}

// Section finds a section of v by anchor, or by heading text ignoring case.
func (v View) Section(anchorOrHeading string) (Section, bool) {
	for _, s := range v.Sections {
		if s.Anchor != "" && s.Anchor == anchorOrHeading {
			return s, true
		}
	}
	for _, s := range v.Sections {
		if s.Heading != "" && equalFoldTrim(s.Heading, anchorOrHeading) {
			return s, true
		}
	}
	return Section{}, false
}

// RenderAPI is the Markdown of one API reference entry (all SDK spellings of
// one method) in lang, with links made canonical like every page body. page
// picks the entry's page when an id is defined on several; "" lets apiref choose.
func (c *Corpus) RenderAPI(page, id, lang string) string {
	if c.API == nil {
		return ""
	}
	var md string
	if page != "" {
		md = c.API.RenderOn(page, id, lang)
	} else {
		md = c.API.Render(id, lang)
	}
	out, _ := c.canonLinks(page, md)
	return out
}

// PageCount is the number of distinct pages (the tree may list a page twice).
func (c *Corpus) PageCount() int { return len(c.Pages) }

func equalFoldTrim(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// Lang is the corpus's name for an SDK language however a reader spells it
// ("golang" → "go", "node" → "js"), and whether the API reference has it.
func (c *Corpus) Lang(name string) (string, bool) {
	canon := apiref.CanonicalLang(name)
	return canon, canon != "" && slices.Contains(c.Languages(), canon)
}
