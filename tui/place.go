package tui

import (
	"math"
	"strings"
	"unicode"
)

// place is the reading position in terms that survive re-wrapping the page
// at another width (a resize, z, tab in narrow mode) or re-rendering it: the
// heading above the top line and the words the top line starts with. A line
// index or a percentage does not survive: tables and code wrap very
// differently at 160 and at 60 columns.
type place struct {
	head   int      // index in rendered.heads of the heading at or above the top; -1: none
	spec   headSpec // that heading, to find it again should the index differ
	atHead bool     // the heading itself is the top line
	words  []string // the first words of the first non-blank line at or below the top
	skip   int      // blank lines between the top and that line
	frac   float64  // how far into the section the top is (fallback)
}

// placeWords is how many words of the top line identify it.
const placeWords = 6

// placeOf is the place of line top in r.
func placeOf(r *rendered, top int) place {
	pl := place{head: -1}
	for i, h := range r.heads {
		if h.Line > top {
			break
		}
		pl.head, pl.spec = i, h.headSpec
	}
	start, end := sectionLines(r, pl.head)
	if pl.head >= 0 && top == start {
		pl.atHead = true
		return pl
	}
	if n := end - start; n > 0 {
		pl.frac = float64(top-start) / float64(n)
	}
	for i := top; i < end && i < len(r.plain); i++ {
		if w := lineWords(r.plain[i]); len(w) > 0 {
			pl.words, pl.skip = w[:min(len(w), placeWords)], i-top
			break
		}
	}
	return pl
}

// sectionLines is the line range of heading h's section (h = -1: the text
// above the first heading).
func sectionLines(r *rendered, h int) (start, end int) {
	end = len(r.lines)
	if h >= 0 {
		start = r.heads[h].Line
	}
	if h+1 < len(r.heads) {
		end = r.heads[h+1].Line
	}
	return start, max(end, start)
}

// lineIn is the top line in r that shows pl: the same heading, then the line
// starting with the same words nearest where the fraction puts it, else the
// fraction of the section.
func (pl place) lineIn(r *rendered) int {
	h := pl.head
	if h >= len(r.heads) || h >= 0 && r.heads[h].headSpec != pl.spec {
		h = -1
		for i, hl := range r.heads {
			if hl.headSpec == pl.spec {
				h = i
				break
			}
		}
		if h < 0 && pl.head >= 0 { // the heading is gone: keep the proportion of the page
			return int(math.Round(pl.frac * float64(len(r.lines))))
		}
	}
	start, end := sectionLines(r, h)
	if pl.atHead {
		return start
	}
	guess := start + int(math.Round(pl.frac*float64(end-start)))
	for _, n := range []int{len(pl.words), min(len(pl.words), 3)} {
		if n == 0 {
			break
		}
		if at, ok := findWords(r.plain[start:min(end, len(r.plain))], pl.words[:n], guess-start); ok {
			return max(start+at-pl.skip, start)
		}
	}
	return guess
}

// findWords is the line where the word sequence want starts in lines (read
// as one stream of words), the occurrence nearest line near.
func findWords(lines []string, want []string, near int) (int, bool) {
	type word struct {
		w    string
		line int
	}
	var stream []word
	for i, l := range lines {
		for _, w := range lineWords(l) {
			stream = append(stream, word{w, i})
		}
	}
	best, found := 0, false
	for i := 0; i+len(want) <= len(stream); i++ {
		ok := true
		for k, w := range want {
			if stream[i+k].w != w {
				ok = false
				break
			}
		}
		if ok {
			if l := stream[i].line; !found || abs(l-near) < abs(best-near) {
				best, found = l, true
			}
		}
	}
	return best, found
}

// lineWords are the words of a screen line, lower-cased, without the
// punctuation, table rules and wrap marks around them.
func lineWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
