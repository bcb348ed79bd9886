package tui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// findMatch is one occurrence of the find query, in screen cells of one line.
type findMatch struct{ line, c0, c1 int }

// finder searches the plain (escape-free) rendered lines. viewport.SetHighlights
// misplaces matches on ANSI content (bubbles#1049), so matches are cell ranges
// painted with lipgloss.StyleRanges.
type finder struct {
	query   string
	matches []findMatch
	cur     int
}

func (f *finder) active() bool { return f.query != "" }

func (f *finder) reset() { *f = finder{} }

// search finds query case-insensitively in plain and selects the first match at or after line from.
func (f *finder) search(plain []string, query string, from int) {
	f.query, f.matches, f.cur = query, f.matches[:0], 0
	if query == "" {
		return
	}
	q := strings.ToLower(query)
	for i, line := range plain {
		hay := strings.ToLower(line)
		if len(hay) != len(line) { // case folding changed byte offsets: match as typed
			hay, q = line, query
		}
		for off := 0; ; {
			j := strings.Index(hay[off:], q)
			if j < 0 {
				break
			}
			b := off + j
			c0 := ansi.StringWidth(line[:b])
			f.matches = append(f.matches, findMatch{line: i, c0: c0, c1: c0 + ansi.StringWidth(line[b:b+len(q)])})
			off = b + len(q)
		}
		q = strings.ToLower(query)
	}
	f.cur = max(0, slices.IndexFunc(f.matches, func(m findMatch) bool { return m.line >= from }))
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (f *finder) step(d int) {
	if n := len(f.matches); n > 0 {
		f.cur = ((f.cur+d)%n + n) % n
	}
}

func (f *finder) current() (findMatch, bool) {
	if len(f.matches) == 0 {
		return findMatch{}, false
	}
	return f.matches[f.cur], true
}

// paintLine styles the matches on line i (plain is the line without escapes);
// other lines come back unchanged. Matches are sorted by line, so a binary
// search finds the line's run. lipgloss.StyleRanges (v2.1.0) lets a range's
// style run on to the next escape of the line, so each match is spliced in:
// the text before it, the styled match, then the rest of the line with every
// escape that preceded it (ansi.TruncateLeft keeps them), restoring its style.
func (f *finder) paintLine(i int, line, plain string, hit, cur lipgloss.Style) string {
	j, _ := slices.BinarySearchFunc(f.matches, i, func(m findMatch, line int) int { return m.line - line })
	end := j
	for end < len(f.matches) && f.matches[end].line == i {
		end++
	}
	for k := end - 1; k >= j; k-- { // right to left: cells left of a splice do not move
		m := f.matches[k]
		st := hit
		if k == f.cur {
			st = cur
		}
		line = ansi.Truncate(line, m.c0, "") + st.Render(ansi.Cut(plain, m.c0, m.c1)) + ansi.TruncateLeft(line, m.c1, "")
	}
	return line
}

// marginMark puts "*" (the current match) or "+" (another match) in the
// first cell of line i when it holds a match: glamour leaves that cell blank.
func (f *finder) marginMark(i int, line string) string {
	j, found := slices.BinarySearchFunc(f.matches, i, func(m findMatch, line int) int { return m.line - line })
	if !found {
		return line
	}
	mark := "+"
	for k := j; k < len(f.matches) && f.matches[k].line == i; k++ {
		if k == f.cur {
			mark = "*"
		}
	}
	return mark + ansi.TruncateLeft(line, 1, "")
}
