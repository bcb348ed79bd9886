package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// listWindow returns the first visible item so that sel is in a window of
// rows lines, where item i takes heights[i] lines.
func listWindow(heights []int, sel, offset, rows int) int {
	if sel < offset {
		return sel
	}
	used := 0
	for i := sel; i >= offset; i-- {
		used += heights[i]
		if used > rows {
			return i + 1
		}
	}
	return offset
}

// highlight styles the runes at positions (rune indexes) and cuts to width cells.
func highlight(s string, positions []int, matched, rest lipgloss.Style, width int) string {
	if width <= 0 {
		return ""
	}
	if len(positions) == 0 {
		return rest.Render(ansi.Truncate(s, width, "…"))
	}
	// Cut first (in runes) so positions past the cut do no harm.
	if ansi.StringWidth(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	return lipgloss.StyleRunes(s, positions, matched, rest)
}

// byteRangesToRunes converts byte ranges inside s to the rune indexes they cover.
func byteRangesToRunes(s string, ranges [][2]int) []int {
	if len(ranges) == 0 {
		return nil
	}
	var out []int
	r := 0
	for b := range s {
		for _, m := range ranges {
			if b >= m[0] && b < m[1] {
				out = append(out, r)
				break
			}
		}
		r++
	}
	return out
}

// termPositions finds every whitespace-separated term of q in s (case-insensitive)
// and returns the rune positions covered; ok is false if a term is missing.
func termPositions(s, q string) (pos []int, ok bool) {
	low := strings.ToLower(s)
	for _, term := range strings.Fields(strings.ToLower(q)) {
		i := strings.Index(low, term)
		if i < 0 {
			return nil, false
		}
		start := utf8.RuneCountInString(low[:i])
		for k := range utf8.RuneCountInString(term) {
			pos = append(pos, start+k)
		}
	}
	return pos, true
}

// padRight pads an ANSI string to width cells.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

// splitRow shares a row of w cells between a label needing labelW cells and
// a detail (a path) needing detailW; it returns the detail's share, its
// leading space included; the label gets w-dw-3 (the selection mark and a
// gap). The path is cut before the title: the label keeps its whole width
// while the path keeps at least a fifth of the row.
func splitRow(labelW, detailW, w int) (dw int) {
	if detailW == 0 {
		return 0
	}
	need := detailW + 1
	return max(min(need, max(w-3-labelW, min(need, w/5))), 0)
}
