package tui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

func changelogNode() *docs.NavNode {
	return &docs.NavNode{Title: "Changelog", Path: changelogPath}
}

// startPage opens the first page once both the corpus and a size are known.
func (m *Model) startPage() tea.Cmd {
	if m.state != stateReady || m.width == 0 || m.pager.loc.Path != "" {
		return m.renderCurrent()
	}
	start := location{Path: homePath, Offset: -1}
	if ss := m.opts.Session; ss.Page != "" && (ss.Page[0] == ':' || m.sh.docs.Page(ss.Page) != nil) {
		// Resume: the same first line at the same width, else the section that was on top.
		start = location{Path: ss.Page, Anchor: ss.Anchor, Offset: -1}
		if ss.Width == m.pager.vp.Width() {
			start.Anchor, start.Offset = "", ss.Top
		}
	}
	var palette tea.Cmd
	if m.opts.Start != "" {
		if p, a, ok := m.sh.docs.Resolve(m.opts.Start); ok {
			start = location{Path: p.Path, Anchor: a, Offset: -1}
		} else {
			// Not a page: search for it, with did-you-mean, instead of failing.
			// The resumed page stays under the palette: a typo must not
			// replace the saved reading position with the welcome page.
			m.push(m.palette)
			palette = m.palette.openWith(m.opts.Start)
		}
	}
	return tea.Batch(m.open(start, false), palette)
}

// openChosen opens a place picked in an overlay (palette, bookmarks, symbols,
// a link): in lang when the choice was one language's symbol, and with the
// focus on the page, since reading is what comes next.
func (m *Model) openChosen(loc location, lang string) tea.Cmd {
	var cmds []tea.Cmd
	if lang != "" && lang != m.sh.lang && slices.Contains(m.sh.langs, lang) {
		m.sh.lang = lang
		cmds = append(cmds, m.setFlash("SDK language: "+lang))
	}
	m.focusPage()
	return tea.Batch(append(cmds, m.open(loc, true), m.renderCurrent())...)
}

// open shows a location, recording the one left in history when push is set.
func (m *Model) open(loc location, push bool) tea.Cmd {
	if loc.Path != homePath && loc.Path != changelogPath && m.sh.docs.Page(loc.Path) == nil {
		return m.setFlash("no such page: " + loc.Path)
	}
	cur := m.pager.loc
	if push && cur.Path != "" {
		m.hist.visit(m.pager.here())
	}
	if cur.Path == loc.Path && m.pager.doc != nil { // same page: just scroll
		m.pager.loc = location{Path: loc.Path, Anchor: loc.Anchor, Offset: loc.Offset}
		m.pager.scrollTo(loc)
		return nil
	}
	m.pager.goTo(loc, m.titleOf(loc.Path))
	m.tree.reveal(loc.Path)
	if cur.Path != "" {
		m.flash = "" // a message about the last page must not cover this one's title
	}
	m.visited(loc.Path)
	return m.renderCurrent()
}

// openNode opens a tree entry.
func (m *Model) openNode(path string, dangling bool) tea.Cmd {
	if dangling {
		return m.setFlash("this entry names a page that is not in the corpus: " + path)
	}
	// Reading comes next: the page gets the focus (and the screen, when narrow).
	return m.openChosen(location{Path: path, Offset: -1}, "")
}

func (m *Model) titleOf(path string) string {
	switch path {
	case homePath:
		return "Welcome"
	case changelogPath:
		return "Changelog"
	}
	if p := m.sh.docs.Page(path); p != nil {
		return p.Title
	}
	return path
}

// langOf is the SDK language a page renders in: only reference pages have one.
func (m *Model) langOf(path string) string {
	if p := m.sh.docs.Page(path); p != nil && p.API != nil {
		return m.sh.lang
	}
	return ""
}

// renderCurrent shows the current location from the cache or starts a render Cmd.
func (m *Model) renderCurrent() tea.Cmd {
	loc := m.pager.loc
	w := m.pager.vp.Width()
	if m.state != stateReady || loc.Path == "" || w <= 0 {
		return nil
	}
	k := renderKey{path: loc.Path, lang: m.langOf(loc.Path), stack: m.sh.stack, width: w, theme: m.sh.styles.Theme}
	m.renderSeq++
	if m.pager.doc != nil && m.pager.doc.key == k {
		return nil
	}
	if r, ok := m.cache.get(k); ok {
		m.pager.show(r)
		return nil
	}
	m.pager.loading = true
	return m.job(k).cmd()
}

// job gathers what a render needs, so the Cmd reads no model state.
func (m *Model) job(k renderKey) renderJob {
	j := renderJob{key: k, seq: m.renderSeq, style: m.sh.styles.Glamour}
	d := m.sh.docs
	switch k.path {
	case homePath:
		md, err := welcomeMarkdown(m.sh.keys, welcomeData{Version: versionLabel(d.Version()),
			Pages: d.PageCount(), Lang: langLabel(m.sh.lang)})
		if err != nil { // a broken template is a bug: show it rather than a blank page
			md = "Cannot build the welcome page: " + err.Error()
		}
		j.content = func() (string, []headSpec) { return md, nil }
	case changelogPath:
		changes := d.Changes()
		j.content = func() (string, []headSpec) { return changelogMarkdown(changes) }
	default:
		p := d.Page(k.path)
		j.pageURL = p.URL()
		// The language view's sections index its own Markdown: a reference page
		// in Python has the Python method headings, not the cross-language ones.
		lang, stack := k.lang, k.stack
		j.content = func() (string, []headSpec) {
			v := d.ViewWith(p, lang, stack)
			return pageMarkdown(p, v.Markdown), headSpecs(v.Sections)
		}
	}
	return j
}

// pageMarkdown puts the title and any loading notices above the body.
func pageMarkdown(p *docs.Page, body string) string {
	var b strings.Builder
	if !strings.HasPrefix(strings.TrimSpace(body), "# ") && p.Title != "" {
		b.WriteString("# " + p.Title + "\n\n")
	}
	for _, n := range p.Notices {
		if strings.Contains(body, n) {
			continue // docs already put it on top of the page: show it once
		}
		b.WriteString("> Note: " + n + "\n\n")
	}
	b.WriteString(body)
	return b.String()
}

func headSpecs(secs []docs.Section) []headSpec {
	var out []headSpec
	for _, s := range secs {
		if s.Heading != "" {
			out = append(out, headSpec{Level: s.Level, Text: s.Heading, Anchor: s.Anchor})
		}
	}
	return out
}

func (m *Model) rendered(msg renderedMsg) tea.Cmd {
	if msg.err == nil && msg.r != nil {
		m.cache.put(msg.r)
	}
	if msg.seq != m.renderSeq {
		return nil // stale: the page, width or theme changed meanwhile
	}
	if msg.err != nil {
		m.pager.err, m.pager.loading = msg.err, false
		return nil
	}
	m.pager.show(msg.r)
	return nil
}

// followLink follows link n of the page: docs links in the explorer, others in a browser.
func (m *Model) followLink(n int) tea.Cmd {
	l, ok := m.pager.link(n)
	if !ok {
		return m.setFlash(fmt.Sprintf("no link [%d] on this page", n))
	}
	return m.followURL(l.URL)
}

func (m *Model) followURL(u string) tea.Cmd {
	if loc, ok := m.docsLocation(u); ok {
		return m.openChosen(loc, "")
	}
	if !browsable(u) {
		return m.setFlash("not opening " + u + ": only http, https and mailto links open in a browser")
	}
	// The opener reports "opened" or why it could not; no early "opening" claim.
	return m.sh.openURL(u)
}

// docsLocation is where the explorer shows a docs URL, site sub-paths such as
// /docs/events/directory-sync included; ok is false for other URLs and for
// docs pages this corpus lacks (the browser gets those).
func (m *Model) docsLocation(u string) (location, bool) {
	if !isDocsURL(u) {
		return location{}, false
	}
	if p, a, ok := m.sh.docs.Resolve(u); ok {
		return location{Path: p.Path, Anchor: a, Offset: -1}, true
	}
	if path, _ := docs.SplitAnchor(u); path == "" {
		return location{Path: homePath, Offset: -1}, true
	}
	return location{}, false
}

func (m *Model) openLinks() tea.Cmd {
	if m.pager.doc == nil || len(m.pager.doc.links) == 0 {
		return m.setFlash("no links on this page")
	}
	items := make([]pickItem, len(m.pager.doc.links))
	for i, l := range m.pager.doc.links {
		detail := l.URL
		if loc, ok := m.docsLocation(l.URL); ok && loc.Path != homePath {
			detail = loc.Path
			if loc.Anchor != "" {
				detail += "#" + loc.Anchor
			}
		}
		items[i] = pickItem{label: fmt.Sprintf("[%d] %s", i+1, l.Text), detail: detail, link: i + 1}
	}
	return m.openPicker(newPicker(m.sh, "Links", items, 0, func(m *Model, it pickItem) (tea.Cmd, bool) {
		return m.followLink(it.link), false
	}))
}

func (m *Model) openTOC() tea.Cmd {
	if m.pager.doc == nil || len(m.pager.doc.heads) == 0 {
		return m.setFlash("no headings on this page")
	}
	top, sel := m.pager.vp.YOffset(), 0
	items := make([]pickItem, len(m.pager.doc.heads))
	for i, h := range m.pager.doc.heads {
		items[i] = pickItem{label: h.Text, indent: max(h.Level-1, 0), loc: location{Offset: h.Line}}
		if h.Line <= top {
			sel = i
		}
	}
	return m.openPicker(newPicker(m.sh, "Contents", items, sel, func(m *Model, it pickItem) (tea.Cmd, bool) {
		m.pager.vp.SetYOffset(it.loc.Offset)
		m.focusPage()
		return nil, false
	}))
}

func (m *Model) openSymbols() tea.Cmd {
	var items []pickItem
	syms := m.sh.docs.Symbols()
	spelled := map[[2]string][]string{} // page and language → their names
	for _, s := range syms {
		k := [2]string{s.Page, s.Lang}
		spelled[k] = append(spelled[k], s.Name)
	}
	for _, s := range syms {
		if m.sh.lang != "" && s.Lang != m.sh.lang || s.Lang == "json" {
			continue
		}
		// "list_users" beside "user_management.list_users()" for the same page
		// and language is the same entry said shorter: list the full one.
		if slices.ContainsFunc(spelled[[2]string{s.Page, s.Lang}], func(o string) bool {
			return o != s.Name && strings.Contains(o, s.Name)
		}) {
			continue
		}
		items = append(items, pickItem{label: s.Name, detail: s.Lang + " · " + s.Page,
			loc: location{Path: s.Page, Offset: -1}, value: s.Lang})
	}
	if len(items) == 0 {
		return m.setFlash("no API symbols for " + langLabel(m.sh.lang))
	}
	return m.openPicker(newPicker(m.sh, "API · "+langLabel(m.sh.lang), items, 0, func(m *Model, it pickItem) (tea.Cmd, bool) {
		return m.openChosen(it.loc, it.value), false // a Go symbol shows the page in Go
	}))
}

// cycleLang moves to the next (d=1) or previous (d=-1) SDK language.
func (m *Model) cycleLang(d int) tea.Cmd {
	ls := m.sh.langs
	if len(ls) <= 1 {
		return m.setFlash("this corpus has no API reference languages")
	}
	i := max(slices.Index(ls, m.sh.lang), 0)
	return m.setLang(ls[((i+d)%len(ls)+len(ls))%len(ls)])
}

// setLang switches the SDK language; reference pages re-render in it.
func (m *Model) setLang(l string) tea.Cmd {
	m.sh.lang = l
	flash := m.setFlash("SDK language: " + langLabel(m.sh.lang))
	if m.pager.loc.Path == homePath {
		m.pager.doc = nil // the welcome page names the language
	}
	return tea.Batch(flash, m.renderCurrent())
}

func (m *Model) goHistory(dir int) tea.Cmd {
	cur := m.pager.here()
	var to location
	var ok bool
	if dir < 0 {
		to, ok = m.hist.goBack(cur)
	} else {
		to, ok = m.hist.goForward(cur)
	}
	if !ok {
		return m.setFlash("no more history")
	}
	return m.open(to, false)
}

func (m *Model) currentURL() string {
	switch p := m.pager.loc.Path; p {
	case homePath, "":
		return docsURL("", "")
	case changelogPath:
		return "https://workos.com/changelog"
	default:
		return docsURL(p, m.pager.loc.Anchor)
	}
}

func langLabel(l string) string {
	if l == "" {
		return "all languages"
	}
	return l
}

func versionLabel(v string) string {
	if v == "" {
		return "(unversioned)"
	}
	return "v" + strings.TrimPrefix(v, "v")
}
