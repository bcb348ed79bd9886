package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// layout is the one place that does size arithmetic.
func (m *Model) layout() {
	w, h := max(m.width, 0), max(m.height, 0)
	m.bodyH = max(h-2, 0) // status bar + help line; the body starts with the pane headers
	switch {
	case m.treeHidden && m.focus == panePage:
		m.treeW, m.pageW = 0, w
	case w >= wideEnough:
		m.treeW = min(max(w*3/10, 24), 44)
		m.pageW = w - m.treeW
	case m.focus == paneTree: // narrow: one pane at a time
		m.treeW, m.pageW = w, 0
	default:
		m.treeW, m.pageW = 0, w
	}
	if m.tree != nil {
		tw := m.treeW
		if tw > 0 && tw < w {
			tw-- // right border
		}
		m.tree.setSize(tw, m.paneH())
	}
	if m.pageW > 0 { // keep the last page width while the tree covers the screen
		m.pager.setSize(m.pageW, m.paneH())
	} else {
		m.pager.setSize(m.pager.vp.Width(), m.paneH())
	}
	m.help.SetWidth(w)
	m.find.SetWidth(max(w-len(m.find.Prompt)-2, 1))
	bw, bh := m.overlaySize()
	m.palette.setSize(bw-4, bh-2) // box border and padding
	for _, o := range m.overlays {
		ow, oh := m.boxSize(o)
		o.setSize(ow-4, oh-2)
	}
}

// paneHeader is the line above each pane naming it; the focused one is marked.
const paneHeader = 1

// paneH is the height of the panes under their headers.
func (m *Model) paneH() int { return max(m.bodyH-paneHeader, 0) }

// overlaySize is the outer size of the palette and picker boxes: wide enough
// on a wide screen for a title and a long path side by side.
func (m *Model) overlaySize() (int, int) {
	return min(m.width-2, boxMaxWidth), min(m.height-2, 30)
}

// boxMaxWidth is the widest an overlay box gets: room for the help's columns
// side by side, and for the palette's titles with their whole paths.
const boxMaxWidth = 150

// boxSize is the outer size of overlay o's box. The help takes the screen's
// height (it only scrolls when the screen is short); the other overlays keep
// the palette's size.
func (m *Model) boxSize(o overlay) (int, int) {
	if _, ok := o.(*helpView); ok {
		return min(m.width-2, boxMaxWidth), m.height - 2
	}
	return m.overlaySize()
}

// View draws the whole screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	if m.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "WorkOS docs"
	if m.state == stateReady && m.pager.title != "" {
		v.WindowTitle = m.pager.title + " · WorkOS docs"
	}
	return v
}

func (m *Model) screen() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	switch m.state {
	case stateSyncing:
		return m.syncer.view(w, h)
	case stateFailed:
		if m.syncer != nil && m.syncer.err != nil {
			return m.syncer.view(w, h)
		}
		return fit(m.sh.styles.Error.Render("Cannot load the WorkOS docs: ")+m.err.Error()+
			"\n\nRun `workos-docs-tui sync` to fetch a fresh copy, or pass --docs DIR.\n\n"+
			m.sh.keys.Global.Quit.Help().Key+" quit", w, h)
	case stateLoading:
		return fit(m.sh.styles.Dim.Render(" Loading the WorkOS docs…"), w, h)
	}
	var body string
	switch {
	case m.treeW > 0 && m.pageW > 0:
		// Both panes are exactly paneH lines of fixed width: join them row by row
		// (lipgloss.JoinHorizontal would measure every cell again).
		sep := m.sh.styles.TreeSep.Render("│")
		tl, pl := strings.Split(m.tree.view(m.focus == paneTree), "\n"), strings.Split(m.pager.view(), "\n")
		rows := make([]string, m.paneH())
		for i := range rows {
			rows[i] = at(tl, i) + sep + at(pl, i)
		}
		head := m.paneTitle(paneTree, m.treeW-1) + sep + m.paneTitle(panePage, m.pageW)
		body = strings.Join(append([]string{head}, rows...), "\n")
	case m.treeW > 0:
		body = m.paneTitle(paneTree, m.treeW) + "\n" + m.tree.view(true)
	default:
		body = m.paneTitle(panePage, m.pageW) + "\n" + m.pager.view()
	}
	if m.paneH() == 0 {
		body = strings.SplitN(body, "\n", 2)[0]
	}
	parts := []string{}
	if m.bodyH > 0 {
		parts = append(parts, body)
	}
	parts = append(parts, m.statusBar())
	if h >= 2 {
		parts = append(parts, m.bottomLine())
	}
	screen := strings.Join(parts, "\n")
	if o := m.top(); o != nil {
		return m.compose(screen, o)
	}
	return screen
}

// paneTitle is a pane's header line, width cells wide. The focused pane's
// carries a mark character in front (what survives TERM=dumb) and its own
// style (colour, or reverse under NO_COLOR).
func (m *Model) paneTitle(p pane, width int) string {
	if width <= 0 {
		return ""
	}
	st := m.sh.styles
	title := "Docs"
	if p == panePage {
		title = m.pager.title
		if m.treeHidden {
			title += "  (" + m.sh.keys.Global.HideTree.Help().Key + ": show the tree)"
		}
	}
	focused := p == m.focus && m.top() == nil
	mark, style := " ", st.PaneTitle
	if focused {
		mark, style = focusMark(m.sh.dumb), st.PaneFocused
	}
	text := ansi.Truncate(mark+" "+title, width, "…")
	return style.Render(padRight(text, width))
}

// focusMark is the character in front of the focused pane's title.
func focusMark(dumb bool) string {
	if dumb {
		return ">"
	}
	return "▌"
}

// compose draws an overlay box over the screen, near the top.
func (m *Model) compose(base string, o overlay) string {
	content := o.view()
	bw, bh := m.boxSize(o)
	if bw < 8 || bh < 3 {
		return fit(content, m.width, m.height) // too small for a box: the overlay alone
	}
	box := m.sh.styles.Box.Width(bw).MaxHeight(bh).Render(content)
	x := max((m.width-lipgloss.Width(box))/2, 0)
	y := min(1, max(m.height-lipgloss.Height(box), 0))
	return lipgloss.NewCompositor(lipgloss.NewLayer(base), lipgloss.NewLayer(box).X(x).Y(y).Z(1)).Render()
}

// fullHelp is the title and lines of the help overlay for the focused pane,
// generated from the key map. Columns go side by side while they fit the box.
func (m *Model) fullHelp(width int) (string, []string) {
	km := m.sh.keys.pageHelp()
	if m.focus == paneTree {
		km = m.sh.keys.treeHelp()
	}
	st, h := m.sh.styles, m.help
	width = max(width, 10)
	h.SetWidth(0) // measure untruncated; sections are cut to fit below
	title := st.BoxTitle.Render("Keys") + st.Dim.Render("  ("+m.sh.keys.Help.Close.Help().Key+" closes)")
	// Columns side by side: of the layouts that fit the box, the shortest
	// (the fewest columns among equals); one column when none fits.
	var sections []string
	groups, best := km.FullHelp(), -1
	for per := 1; per <= len(groups); per++ {
		var rows []string
		for i := 0; i < len(groups); i += per {
			rows = append(rows, h.FullHelpView(groups[i:min(i+per, len(groups))]))
		}
		block := strings.Join(rows, "\n")
		if height := lipgloss.Height(block); per == 1 || lipgloss.Width(block) <= width && height < best {
			sections, best = rows, height
		}
	}
	for _, extra := range []struct {
		name string
		keys []key.Binding
	}{{"Search palette and lists", m.sh.keys.listHelp().ShortHelp()}, {"Find prompt", m.sh.keys.findHelp().ShortHelp()}} {
		line := h.ShortHelpView(extra.keys)
		if lipgloss.Width(line) > width { // one binding a line
			line = h.FullHelpView([][]key.Binding{extra.keys})
		}
		sections = append(sections, st.BoxTitle.Render(extra.name)+"\n"+line)
	}
	note := "tab is ctrl+i in most terminals, so forward is " + strings.Join(m.sh.keys.Global.Forward.Keys(), " or ") + "."
	sections = append(sections, st.Dim.Width(width).Render(note))
	lines := strings.Split(strings.Join(sections, "\n\n"), "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return ansi.Truncate(title, width, "…"), lines
}

// statusBar: page title and path on the left; find, scroll, language and version on the right.
func (m *Model) statusBar() string {
	st := m.sh.styles
	w := m.width
	left := m.pager.title
	if p := m.pager.loc.Path; p != "" && p[0] != ':' {
		left += "  " + p
	}
	if m.bookmarked() >= 0 {
		left = "★ " + left
	}
	var right []string
	if f := &m.pager.find; f.active() {
		if len(f.matches) == 0 {
			right = append(right, "no match")
		} else {
			right = append(right, fmt.Sprintf("%d/%d", f.cur+1, len(f.matches)))
		}
	}
	if m.pager.loading {
		right = append(right, "rendering…")
	}
	right = append(right, fmt.Sprintf("%d%%", m.pager.percent()), langLabel(m.sh.lang))
	if !m.sh.stack.IsZero() {
		right = append(right, m.sh.stack.String())
	}
	right = append(right, versionLabel(m.sh.docs.Version()))
	if !m.mouse {
		right = append(right, "mouse off")
	}
	r := " " + strings.Join(right, " · ") + " "
	if m.flash != "" {
		left = m.flash
	}
	lw := max(w-ansi.StringWidth(r)-1, 0)
	if lw < 10 { // too narrow for both: the left side wins
		r, lw = "", w-1
	}
	l := " " + ansi.Truncate(left, lw, "…")
	style := st.Status
	if m.flash != "" {
		style = st.Flash
	}
	return style.Render(padRight(l, w-ansi.StringWidth(r))) + st.StatusDim.Render(r)
}

// bottomLine is the find prompt, a link number being typed, or contextual help.
func (m *Model) bottomLine() string {
	w := m.width
	switch {
	case m.finding:
		return ansi.Truncate(m.find.View(), w, "")
	case m.pager.digits != "":
		pk := m.sh.keys.Page
		return ansi.Truncate(m.sh.styles.Prompt.Render("follow link ["+m.pager.digits+"]")+
			"  "+pk.Links.Help().Key+" go · "+pk.Clear.Help().Key+" cancel", w, "")
	}
	km := m.sh.keys.pageHelp()
	switch {
	case m.top() != nil:
		km = m.top().help()
	case m.focus == paneTree:
		km = m.sh.keys.treeHelp()
	}
	return ansi.Truncate(m.help.ShortHelpView(km.ShortHelp()), w, "")
}

// fit cuts or pads s to exactly w×h cells.
func fit(s string, w, h int) string {
	return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}
