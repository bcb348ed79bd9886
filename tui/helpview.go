package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// helpView is the scrollable "?" overlay: the full help of the focused pane.
// Its lines are built by build (the root's fullHelp) on open and on resize.
type helpView struct {
	sh            *shared
	build         func(width int) (string, []string) // the lines for a box width
	title         string
	lines         []string
	offset        int
	width, height int // inner size of the box
}

func (h *helpView) setSize(w, h2 int) {
	h.width, h.height = max(0, w), max(0, h2)
	if h.build != nil {
		h.title, h.lines = h.build(h.width)
	}
	h.clamp()
}

func (h *helpView) key(_ *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) { return nil, h.update(msg) }
func (h *helpView) paste(tea.PasteMsg) tea.Cmd                        { return nil }
func (h *helpView) click(*Model, int) (tea.Cmd, bool)                 { return nil, false }
func (h *helpView) help() helpMap                                     { return h.sh.keys.helpHelp() }

// rows is how many body lines fit under the title, with a position line
// when the help does not fit.
func (h *helpView) rows() int {
	r := max(h.height-2, 0) // title and a blank line
	if len(h.lines) > r {
		r = max(r-1, 0)
	}
	return r
}

func (h *helpView) clamp() {
	h.offset = min(max(h.offset, 0), max(len(h.lines)-h.rows(), 0))
}

// update scrolls; it reports true when the overlay should close.
func (h *helpView) update(msg tea.KeyPressMsg) bool {
	k := h.sh.keys.Help
	page := max(h.rows()-1, 1)
	switch {
	case matches(msg, k.Close):
		return true
	case matches(msg, k.Down):
		h.offset++
	case matches(msg, k.Up):
		h.offset--
	case matches(msg, k.PageDown):
		h.offset += page
	case matches(msg, k.PageUp):
		h.offset -= page
	case matches(msg, k.Top):
		h.offset = 0
	case matches(msg, k.Bottom):
		h.offset = len(h.lines)
	}
	h.clamp()
	return false
}

func (h *helpView) view() string {
	out := []string{h.title, ""}
	rows := h.rows()
	end := min(h.offset+rows, len(h.lines))
	out = append(out, h.lines[h.offset:end]...)
	if len(h.lines) > rows {
		out = append(out, h.sh.styles.Dim.Render(fmt.Sprintf("lines %d–%d of %d", h.offset+1, end, len(h.lines))))
	}
	return strings.Join(out, "\n")
}
