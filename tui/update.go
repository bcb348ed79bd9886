package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

type resizeSettledMsg struct{ seq int }

type flashMsg struct{ text string }

type flashClearMsg struct{ seq int }

// Update routes messages. Keys go overlay → focused input → global → focused pane.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		first := m.width == 0
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		if first { // nothing on screen yet: render now, not after the settle delay
			return m, m.startPage()
		}
		m.resizeSeq++
		seq := m.resizeSeq
		return m, m.tick(resizeSettle, func(time.Time) tea.Msg { return resizeSettledMsg{seq} })
	case resizeSettledMsg:
		if msg.seq != m.resizeSeq {
			return m, nil // a later resize supersedes this one
		}
		return m, m.renderCurrent()
	case tea.BackgroundColorMsg:
		if m.opts.Theme == "auto" && msg.IsDark() != m.dark {
			m.dark = msg.IsDark()
			m.applyTheme()
			m.pager.repaint()
			return m, m.renderCurrent()
		}
		return m, nil
	case renderedMsg:
		return m, m.rendered(msg)
	case searchResultMsg:
		cmd := m.palette.setResults(msg)
		return m, tea.Batch(cmd, m.palette.answered(m))
	case gotoResultMsg:
		m.palette.setGoTo(msg)
		return m, m.palette.answered(m)
	case loadedMsg:
		if msg.err != nil {
			m.state, m.err = stateFailed, msg.err
			return m, nil
		}
		var warn tea.Cmd
		if w := m.setDocs(msg.docs); w != "" {
			warn = m.setFlash(w)
		}
		return m, tea.Batch(warn, m.startPage())
	case syncProgressMsg:
		m.syncer.last = SyncProgress(msg)
		return m, m.syncer.wait()
	case syncDoneMsg:
		if msg.err != nil {
			m.state, m.syncer.err = stateFailed, msg.err
			return m, nil
		}
		m.state = stateLoading
		if m.opts.Load == nil {
			return m, nil
		}
		return m, m.loadCmd()
	case flashMsg:
		return m, m.setFlash(msg.text)
	case flashClearMsg:
		if msg.seq == m.flashSeq {
			m.flash = ""
		}
		return m, nil
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
		return m, nil
	case tea.MouseClickMsg:
		return m, m.click(msg.Mouse())
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		return m, m.paste(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if matches(msg, m.sh.keys.Interrupt) {
		return m.quit()
	}
	if m.state != stateReady {
		if matches(msg, m.sh.keys.Global.Quit) {
			return m.quit()
		}
		return nil
	}
	if m.top() != nil {
		return m.overlayKey(msg)
	}
	if m.finding {
		return m.findKey(msg)
	}
	if cmd, ok := m.globalKey(msg); ok {
		return cmd
	}
	if m.focus == paneTree {
		if n := m.tree.update(msg); n != nil {
			return m.openNode(n.Path, n.Dangling)
		}
		return nil
	}
	follow, links := m.pager.update(msg)
	switch {
	case links:
		return m.openLinks()
	case follow > 0:
		return m.followLink(follow)
	}
	return nil
}

func (m *Model) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	g := m.sh.keys.Global
	switch {
	case matches(msg, g.Quit):
		return m.quit(), true
	case matches(msg, g.Help):
		m.push(&helpView{sh: m.sh, build: m.fullHelp})
	case matches(msg, g.FocusNext), matches(msg, g.FocusPrev):
		m.focus = 1 - m.focus
		if m.focus == paneTree {
			m.treeHidden = false
		}
		m.layout()
		if m.treeW > 0 && m.focus == paneTree {
			m.tree.reveal(m.pager.loc.Path)
		}
		return m.renderCurrent(), true // the page width may differ in narrow mode
	case matches(msg, g.HideTree):
		m.treeHidden = !m.treeHidden
		if m.treeHidden {
			m.focus = panePage
		}
		m.layout()
		return m.renderCurrent(), true
	case matches(msg, g.Search):
		m.push(m.palette)
		return m.palette.open(), true
	case matches(msg, g.Bookmark):
		return m.toggleBookmark(), true
	case matches(msg, g.Bookmarks):
		return m.openBookmarks(), true
	case matches(msg, g.LangNext):
		return m.cycleLang(1), true
	case matches(msg, g.LangPrev):
		return m.cycleLang(-1), true
	case matches(msg, g.Stack):
		return m.openStackPicker(), true
	case matches(msg, g.Find):
		m.focusPage()
		m.finding = true
		m.find.SetValue(m.pager.find.query)
		m.find.CursorEnd()
		return m.find.Focus(), true
	case matches(msg, g.TOC):
		return m.openTOC(), true
	case matches(msg, g.Symbols):
		return m.openSymbols(), true
	case matches(msg, g.Lang):
		return m.openLangPicker(), true
	case matches(msg, g.Changelog):
		return m.open(location{Path: changelogPath, Offset: -1}, true), true
	case matches(msg, g.Back):
		return m.goHistory(-1), true
	case matches(msg, g.Forward):
		return m.goHistory(1), true
	case matches(msg, g.CopyURL):
		u := m.currentURL()
		if u == "" {
			return m.setFlash("this page has no web address"), true
		}
		return tea.Batch(tea.SetClipboard(u), m.setFlash("copied "+u)), true
	case matches(msg, g.OpenBrowser):
		u := m.currentURL()
		if u == "" {
			return m.setFlash("this page has no web address"), true
		}
		return m.sh.openURL(u), true
	case matches(msg, g.MouseMode):
		m.mouse = !m.mouse
		mk := g.MouseMode.Help().Key
		if m.mouse {
			return m.setFlash("mouse on: wheel scrolls (" + mk + ": off, to select text)"), true
		}
		return m.setFlash("mouse off: the terminal selects text (" + mk + ": on)"), true
	default:
		return nil, false
	}
	return nil, true
}

// findKey drives the find prompt: incremental search as you type.
func (m *Model) findKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.sh.keys.List
	switch {
	case matches(msg, k.Close):
		m.finding = false
		m.find.Blur()
		m.pager.clearFind()
		return nil
	case matches(msg, k.Choose):
		m.finding = false
		m.find.Blur()
		if n := len(m.pager.find.matches); m.pager.find.active() && n == 0 {
			return m.setFlash("not found: " + m.pager.find.query)
		}
		return nil
	case matches(msg, k.Down):
		m.pager.stepFind(1)
		return nil
	case matches(msg, k.Up):
		m.pager.stepFind(-1)
		return nil
	}
	var cmd tea.Cmd
	before := m.find.Value()
	m.find, cmd = m.find.Update(msg)
	if v := m.find.Value(); v != before {
		m.pager.setFind(v)
	}
	return cmd
}

func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	switch {
	case m.top() != nil:
		return m.top().paste(msg)
	case m.finding:
		var cmd tea.Cmd
		m.find, cmd = m.find.Update(msg)
		m.pager.setFind(m.find.Value())
		return cmd
	}
	return nil
}

func (m *Model) wheel(ms tea.Mouse) {
	if m.state != stateReady {
		return
	}
	if o := m.top(); o != nil {
		if s, ok := o.(interface{ move(int) }); ok { // lists scroll under the wheel
			s.move(wheelStep(ms))
		}
		return
	}
	d := wheelStep(ms)
	if d == 0 {
		return
	}
	if m.treeW > 0 && ms.X < m.treeW {
		m.tree.scroll(d)
		return
	}
	m.pager.scroll(d)
}

func wheelStep(ms tea.Mouse) int {
	switch ms.Button {
	case tea.MouseWheelDown:
		return 3
	case tea.MouseWheelUp:
		return -3
	}
	return 0
}

// click: a row of an overlay opens it, a tree row opens its page, a link
// number "[n]" on the page follows it; a click also focuses its pane.
func (m *Model) click(ms tea.Mouse) tea.Cmd {
	if m.state != stateReady || ms.Button != tea.MouseLeft {
		return nil
	}
	if m.top() != nil {
		return m.overlayClick(ms)
	}
	y := ms.Y - paneHeader
	if y < 0 || y >= m.paneH() {
		return nil
	}
	if m.treeW > 0 && ms.X < m.treeW {
		m.focus = paneTree
		if n := m.tree.clickRow(y); n != nil {
			return m.openNode(n.Path, n.Dangling)
		}
		return nil
	}
	if m.pageW > 0 {
		m.focus = panePage
		x := ms.X
		if m.treeW > 0 {
			x -= m.treeW
		}
		if n := m.pager.linkAt(x, y); n > 0 {
			return m.followLink(n)
		}
	}
	return nil
}

func (m *Model) quit() tea.Cmd {
	if m.syncer != nil {
		m.syncer.stop()
	}
	if m.state == stateReady && m.opts.Save != nil {
		return tea.Sequence(m.saveCmd(), tea.Quit)
	}
	return tea.Quit
}

func (m *Model) setFlash(text string) tea.Cmd {
	m.flash = text
	m.flashSeq++
	seq := m.flashSeq
	return m.tick(flashFor, func(time.Time) tea.Msg { return flashClearMsg{seq} })
}

func (m *Model) focusPage() {
	if m.focus != panePage {
		m.focus = panePage
		m.layout()
	}
}
