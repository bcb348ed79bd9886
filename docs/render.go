package docs

import (
	"fmt"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
)

// apiHeading titles the reference entries a page body did not show itself.
const apiHeading = "API reference"

// pageEnv is the mdx.Env of one page in one SDK language. It records which
// reference ids the body showed, so the rest can be appended.
type pageEnv struct {
	c    *Corpus
	page string
	lang string

	mu    sync.Mutex
	used  map[string]bool
	links []mdx.Link // links inside signatures, made canonical here
}

func (e *pageEnv) Signature(id string) string {
	e.mu.Lock()
	if e.used == nil {
		e.used = map[string]bool{}
	}
	e.used[id] = true
	e.mu.Unlock()
	if e.c.API == nil {
		return ""
	}
	md := e.c.API.RenderOn(e.page, id, e.lang)
	if md != "" && !strings.Contains(md, apiref.SampleMark) {
		// Nothing to generate a sample from: say where the sample is.
		md = "*Code sample* (see the web page)\n\n" + md
	}
	md, links := e.c.canonLinks(e.page, md)
	e.mu.Lock()
	e.links = append(e.links, links...)
	e.mu.Unlock()
	return md
}

func (e *pageEnv) Link(dest string) string { return e.c.linkURL(e.page, dest) }

func (e *pageEnv) usedAny() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.used) > 0
}

// rendered is a page body turned into Markdown for one language.
type rendered struct {
	markdown string
	headings []mdx.Heading
	links    []mdx.Link
	notices  []string
	langDep  bool
	stackDep bool
	widgets  []string // placeholders: reported on the corpus, not on the page
}

// render runs the MDX transform for one page and language, appends the
// reference entries the body did not show, and puts load problems on top.
func (c *Corpus) render(p *Page, lang string, choice mdx.Choice) (r rendered) {
	env := &pageEnv{c: c, page: p.Path, lang: lang}
	res := safeToMarkdown(p.body, env, choice)
	r.notices = res.Notices
	r.widgets = res.Placeholders
	r.stackDep = res.StackDependent
	var b strings.Builder
	shift := 0
	if len(p.loadNote) > 0 {
		b.WriteString("> **Note:** this page could not be read completely: ")
		b.WriteString(strings.Join(p.loadNote, "; "))
		b.WriteString(".\n\n")
		shift = b.Len()
	}
	b.WriteString(res.Markdown)
	for _, h := range res.Headings {
		h.Offset += shift
		r.headings = append(r.headings, h)
	}
	r.langDep = env.usedAny()
	if p.API != nil && c.API != nil {
		var extra []string
		for _, id := range p.API.IDs() {
			if !env.used[id] {
				md, links := c.canonLinks(p.Path, strings.TrimSpace(c.API.RenderOn(p.Path, id, lang)))
				if md != "" {
					extra = append(extra, md)
					env.links = append(env.links, links...)
				}
			}
		}
		if len(extra) > 0 {
			r.langDep = true
			md := strings.TrimRight(b.String(), "\n")
			b.Reset()
			b.WriteString(md)
			if md != "" {
				b.WriteString("\n\n")
			}
			start := b.Len()
			b.WriteString("## " + apiHeading + "\n\n")
			b.WriteString(strings.Join(extra, "\n\n"))
			b.WriteString("\n")
			r.headings = append(r.headings, scanHeadings(b.String()[start:], start, r.headings)...)
		}
	}
	r.markdown = b.String()
	// Signature links were met while mdx ran; they go after the body's own.
	r.links = append(res.Links, env.links...)
	return r
}

// safeToMarkdown keeps one bad page from failing the load: a transform panic
// shows the raw body with a notice.
func safeToMarkdown(body string, env mdx.Env, choice mdx.Choice) (res mdx.Result) {
	defer func() {
		if v := recover(); v != nil {
			res = mdx.Result{
				Markdown: "```\n" + strings.ReplaceAll(body, "```", "ʼʼʼ") + "\n```\n",
				Notices:  []string{fmt.Sprintf("the page could not be converted (%v); showing its source", v)},
			}
		}
	}()
	return mdx.ToMarkdownFor(body, env, choice)
}

// renderAll renders every page's default Markdown on all cores and derives
// titles, sections and links.
func (c *Corpus) renderAll() {
	c.navTitles()
	out := make([]rendered, len(c.Pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(len(c.Pages), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = c.render(c.Pages[i], "", mdx.Choice{})
			}
		}()
	}
	for i := range c.Pages {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, p := range c.Pages {
		r := out[i]
		p.Markdown = r.markdown
		p.langDep = r.langDep
		p.stackDep = r.stackDep
		p.Sections = sections(r.markdown, r.headings)
		// Only a level-1 heading names a page: the first heading of many
		// untitled pages is a generic "## Installation".
		if len(r.headings) > 0 && r.headings[0].Level == 1 {
			p.heading = r.headings[0].Text
		}
		p.Notices = append(append(append([]string(nil), p.loadNote...), p.Notices...), r.notices...)
		for _, n := range r.notices {
			c.Notices = append(c.Notices, Notice{File: "docs/" + p.File, Message: n})
		}
		for _, w := range r.widgets {
			c.Notices = append(c.Notices, Notice{File: "docs/" + p.File, Message: "interactive widget " + w + " is shown as a placeholder"})
		}
		if p.Title == "" {
			p.Title = fallbackTitle(p)
		}
	}
	// Links need every page's sections: the site links sections as sub-paths.
	for i, p := range c.Pages {
		p.Links = c.pageLinks(out[i].links)
	}
}

// fallbackTitle: nav title, then a leading level-1 heading, then the file name.
func fallbackTitle(p *Page) string {
	switch {
	case p.navTitle != "":
		return p.navTitle
	case p.heading != "":
		return p.heading
	}
	return humanize(lastSegment(p.Path))
}

// Markdown is the page body with the API reference rendered for one SDK
// language ("" for the cross-language view): View(p, lang).Markdown.
func (c *Corpus) Markdown(p *Page, lang string) string {
	return c.View(p, lang).Markdown
}

type mdKey struct{ path, lang, stack string }

// Languages lists the SDK languages of the API reference, curl first.
func (c *Corpus) Languages() []string {
	if c.API == nil {
		return nil
	}
	return c.API.Languages()
}

// linkURL makes a body link canonical: site-relative and relative links become
// https://workos.com/docs/<path>#anchor; anything with a scheme is untouched.
func (c *Corpus) linkURL(from, dest string) string {
	d := strings.TrimSpace(dest)
	switch {
	case d == "":
		return dest
	case strings.HasPrefix(d, "#"):
		return URL(from, d[1:])
	case strings.HasPrefix(d, "//"):
		return dest
	case hasScheme(d):
		if IsDocsURL(d) {
			return URL(SplitAnchor(d))
		}
		return dest
	case strings.HasPrefix(d, "/"):
		return URL(SplitAnchor(d))
	}
	// Relative: the web resolves it against the page URL's folder; authors
	// sometimes meant the docs root, so take whichever names a page.
	rel, anchor, _ := strings.Cut(d, "#")
	for _, cand := range []string{path.Join(path.Dir(from), rel), path.Join(from, rel), rel} {
		if p := NormPath(cand); c.byPath[p] != nil {
			return URL(p, anchor)
		}
	}
	return URL(NormPath(path.Join(path.Dir(from), rel)), anchor)
}

// hasScheme reports a "scheme:" prefix (https:, mailto:, tel:…).
func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == ':':
			return i > 0
		case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z':
		case i > 0 && (ch >= '0' && ch <= '9' || ch == '+' || ch == '-' || ch == '.'):
		default:
			return false
		}
	}
	return false
}

// pageLinks resolves the links of a body to pages of the corpus.
func (c *Corpus) pageLinks(links []mdx.Link) []Link {
	out := make([]Link, 0, len(links))
	for _, l := range links {
		pl := Link{Text: l.Text, URL: l.Dest}
		if IsDocsURL(l.Dest) {
			if p, a, ok := c.Resolve(l.Dest); ok {
				pl.Page, pl.Anchor = p.Path, a
			} else {
				_, pl.Anchor = SplitAnchor(l.Dest)
			}
		}
		out = append(out, pl)
	}
	return out
}
