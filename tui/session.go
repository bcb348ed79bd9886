package tui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/internal/userstate"
)

const recentMax = 30

// session is what is remembered between runs. It is gathered on the Update
// goroutine and written by Options.Save in a Cmd.
func (m *Model) session() userstate.State {
	st := userstate.State{
		Lang: cmpOr(m.sh.lang, userstate.All), Stack: cmpOr(m.sh.stack.String(), userstate.All), Theme: m.opts.Theme,
		Bookmarks: slices.Clone(m.sh.bookmarks), Recent: slices.Clone(m.sh.recent), Queries: slices.Clone(m.sh.queries),
	}
	if m.tree != nil {
		st.Open = m.tree.openFolders()
	}
	switch pg := m.pager; {
	case pg.loc.Path == "":
	case pg.doc == nil && pg.pendingOffset >= 0: // not drawn yet (quit at once): where it is going
		st.Page, st.Top, st.Width = pg.loc.Path, pg.pendingOffset, pg.vp.Width()
	case pg.doc == nil: // a width of 0 makes the next start use the anchor
		st.Page, st.Anchor = pg.loc.Path, pg.pendingAnchor
	default:
		st.Page, st.Top, st.Width = pg.loc.Path, pg.vp.YOffset(), pg.vp.Width()
		st.Anchor = pg.sectionAtTop().Anchor
	}
	return st
}

// cmpOr is s, or alt when s is empty.
func cmpOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// saveCmd writes the session; a failure becomes a status line.
func (m *Model) saveCmd() tea.Cmd {
	save, st := m.opts.Save, m.session()
	if save == nil {
		return nil
	}
	return func() tea.Msg {
		if err := save(st); err != nil {
			return flashMsg{text: err.Error()}
		}
		return nil
	}
}

// visited puts a page on top of the recent list.
func (m *Model) visited(path string) {
	if path == "" || path[0] == ':' {
		return
	}
	m.sh.recent = slices.Insert(slices.DeleteFunc(m.sh.recent, func(p string) bool { return p == path }), 0, path)
	if len(m.sh.recent) > recentMax {
		m.sh.recent = m.sh.recent[:recentMax]
	}
}

// bookmarked is the index of the current page's bookmark, or -1.
func (m *Model) bookmarked() int {
	p := m.pager.loc.Path
	return slices.IndexFunc(m.sh.bookmarks, func(b userstate.Bookmark) bool { return b.Path == p })
}

// toggleBookmark removes the current page's bookmark, or adds one at the
// section on top of the view; the bookmarks are saved at once.
func (m *Model) toggleBookmark() tea.Cmd {
	p := m.pager.loc.Path
	if p == "" || p[0] == ':' {
		return m.setFlash("only docs pages can be bookmarked")
	}
	var msg string
	if i := m.bookmarked(); i >= 0 {
		m.sh.bookmarks = slices.Delete(m.sh.bookmarks, i, i+1)
		msg = "bookmark removed: " + m.pager.title
	} else {
		h := m.pager.sectionAtTop()
		m.sh.bookmarks = append([]userstate.Bookmark{{Path: p, Anchor: h.Anchor, Title: m.pager.title, Section: h.Text}}, m.sh.bookmarks...)
		msg = "bookmarked: " + m.pager.title
		if h.Text != "" {
			msg += " › " + h.Text
		}
	}
	return tea.Batch(m.setFlash(msg), m.saveCmd())
}

// openBookmarks lists the bookmarks, then the recent pages; type to filter.
func (m *Model) openBookmarks() tea.Cmd {
	var items []pickItem
	for _, b := range m.sh.bookmarks {
		label := "★ " + b.Title
		if b.Section != "" {
			label += " › " + b.Section
		}
		items = append(items, pickItem{label: label, detail: b.Path, loc: location{Path: b.Path, Anchor: b.Anchor, Offset: -1}})
	}
	for _, p := range m.sh.recent {
		marked := slices.ContainsFunc(m.sh.bookmarks, func(b userstate.Bookmark) bool { return b.Path == p })
		if p == m.pager.loc.Path || marked || m.sh.docs.Page(p) == nil {
			continue
		}
		items = append(items, pickItem{label: "  " + m.titleOf(p), detail: p, loc: location{Path: p, Offset: -1}})
	}
	if len(items) == 0 {
		return m.setFlash("no bookmarks or recent pages yet (" + m.sh.keys.Global.Bookmark.Help().Key + " bookmarks this page)")
	}
	return m.openPicker(newPicker(m.sh, "Bookmarks & recent", items, 0, func(m *Model, it pickItem) (tea.Cmd, bool) {
		return m.openChosen(it.loc, ""), false
	}))
}
