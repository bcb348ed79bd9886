package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// overlay is a box drawn over the panes that owns the keyboard while it is on
// top: the search palette, the pickers (contents, links, symbols, languages,
// stack, bookmarks) and the help. The root keeps a stack of them and routes
// keys, pastes and clicks to the top one only; a new overlay is one type (one
// file) plus the line that pushes it.
type overlay interface {
	// key handles a key press; done pops the overlay.
	key(m *Model, msg tea.KeyPressMsg) (cmd tea.Cmd, done bool)
	// paste takes pasted text (inputs only).
	paste(msg tea.PasteMsg) tea.Cmd
	// click handles a left click on line y of the overlay's content.
	click(m *Model, y int) (cmd tea.Cmd, done bool)
	// view is the content; the root draws the box around it.
	view() string
	// help is the overlay's short help line.
	help() helpMap
	// setSize gives the inner size of the box.
	setSize(w, h int)
}

// push opens an overlay on top of the others.
func (m *Model) push(o overlay) {
	bw, bh := m.boxSize(o)
	o.setSize(bw-4, bh-2) // box border and padding
	m.overlays = append(m.overlays, o)
}

// top is the overlay that has the keyboard, or nil.
func (m *Model) top() overlay {
	if n := len(m.overlays); n > 0 {
		return m.overlays[n-1]
	}
	return nil
}

// pop closes the top overlay (o, when given, must be it: an overlay that
// already opened another keeps its place).
func (m *Model) pop(o overlay) {
	if n := len(m.overlays); n > 0 && m.overlays[n-1] == o {
		m.overlays = m.overlays[:n-1]
	}
}

// overlayKey routes a key to the top overlay.
func (m *Model) overlayKey(msg tea.KeyPressMsg) tea.Cmd {
	o := m.top()
	cmd, done := o.key(m, msg)
	if done {
		m.pop(o)
	}
	return cmd
}

// overlayBox is where the top overlay's box is and how big: x, y of its
// top-left corner and its outer width and height.
func (m *Model) overlayBox(o overlay) (x, y, w, h int) {
	bw, bh := m.boxSize(o)
	h = min(lipgloss.Height(o.view())+2, bh)
	x = max((m.width-bw)/2, 0)
	y = min(1, max(m.height-h, 0))
	return x, y, bw, h
}

// overlayClick hands a click inside the top overlay's box to it; a click
// outside the box closes the overlay.
func (m *Model) overlayClick(ms tea.Mouse) tea.Cmd {
	o := m.top()
	x, y, w, h := m.overlayBox(o)
	if ms.X < x || ms.X >= x+w || ms.Y < y || ms.Y >= y+h {
		m.pop(o)
		return nil
	}
	cy := ms.Y - y - 1 // border
	if cy < 0 {
		return nil
	}
	cmd, done := o.click(m, cy)
	if done {
		m.pop(o)
	}
	return cmd
}
