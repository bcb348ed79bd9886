package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// scroller is the page viewport. bubbles' viewport measures every line on
// SetContent (grapheme widths of the whole page, ~10 ms for the events page)
// and pads its output through lipgloss; this one takes line widths measured
// in the render Cmd and draws only the lines in view, so switching to a cached
// page and scrolling cost O(height).
type scroller struct {
	lines         []string
	widths        []int // display width of each line
	width, height int
	offset        int
	paint         func(i int, line string) string // find highlights for line i; may be nil
}

func (s *scroller) SetWidth(w int)  { s.width = max(w, 0) }
func (s *scroller) SetHeight(h int) { s.height = max(h, 0); s.SetYOffset(s.offset) }
func (s *scroller) Width() int      { return s.width }
func (s *scroller) Height() int     { return s.height }
func (s *scroller) YOffset() int    { return s.offset }

// SetContentLines shows lines, whose display widths are given.
func (s *scroller) SetContentLines(lines []string, widths []int) {
	s.lines, s.widths = lines, widths
	s.SetYOffset(s.offset)
}

func (s *scroller) TotalLineCount() int { return len(s.lines) }

func (s *scroller) maxOffset() int { return max(len(s.lines)-s.height, 0) }

func (s *scroller) SetYOffset(n int) { s.offset = min(max(n, 0), s.maxOffset()) }
func (s *scroller) ScrollDown(n int) { s.SetYOffset(s.offset + n) }
func (s *scroller) ScrollUp(n int)   { s.SetYOffset(s.offset - n) }
func (s *scroller) PageDown()        { s.ScrollDown(max(s.height, 1)) }
func (s *scroller) PageUp()          { s.ScrollUp(max(s.height, 1)) }
func (s *scroller) HalfPageDown()    { s.ScrollDown(max(s.height/2, 1)) }
func (s *scroller) HalfPageUp()      { s.ScrollUp(max(s.height/2, 1)) }
func (s *scroller) GotoTop()         { s.offset = 0 }
func (s *scroller) GotoBottom()      { s.offset = s.maxOffset() }

// ScrollPercent is 0 at the top and 1 at the bottom.
func (s *scroller) ScrollPercent() float64 {
	if m := s.maxOffset(); m > 0 {
		return float64(s.offset) / float64(m)
	}
	return 1
}

// lineAt is screen row y, exactly width cells wide.
func (s *scroller) lineAt(y int) string {
	i := s.offset + y
	if i >= len(s.lines) {
		return strings.Repeat(" ", s.width)
	}
	line, w := s.lines[i], s.widths[i]
	if s.paint != nil {
		line = s.paint(i, line)
	}
	if w > s.width {
		return ansi.Truncate(line, s.width, "")
	}
	return line + strings.Repeat(" ", s.width-w)
}

// View draws the visible lines, each padded or cut to width.
func (s *scroller) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	var b strings.Builder
	for y := range s.height {
		if y > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.lineAt(y))
	}
	return b.String()
}
