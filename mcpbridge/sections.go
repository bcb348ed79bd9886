package mcpbridge

import (
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
)

// span is the byte range of section i with its subsections.
func span(secs []docs.Section, i int, total int) (int, int) {
	s := secs[i]
	if s.Level == 0 {
		return s.Start, s.End
	}
	for _, t := range secs[i+1:] {
		if t.Level > 0 && t.Level <= s.Level {
			return s.Start, t.Start
		}
	}
	return s.Start, total
}

// findSection matches an anchor or heading: exactly as docs.View.Section does,
// then loosely for a model's guesses: the slug of the text, containment, then
// the most shared words. -1 if none.
func findSection(v docs.View, q string) int {
	q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "#"))
	if q == "" {
		return -1
	}
	if s, ok := v.Section(q); ok {
		return indexOf(v.Sections, s)
	}
	secs := v.Sections
	sq := mdx.Slug(q)
	for _, pass := range []func(s docs.Section) bool{
		func(s docs.Section) bool { return s.Anchor == sq || mdx.Slug(s.Heading) == sq },
		func(s docs.Section) bool {
			return sq != "" && (strings.Contains(s.Anchor, sq) || strings.Contains(mdx.Slug(s.Heading), sq))
		},
	} {
		for i, s := range secs {
			if s.Level > 0 && pass(s) {
				return i
			}
		}
	}
	words := strings.FieldsFunc(sq, func(r rune) bool { return r == '-' || r == '_' })
	best, bestN := -1, 0
	for i, s := range secs {
		if s.Level == 0 {
			continue
		}
		hs := "-" + mdx.Slug(s.Heading) + "-" + s.Anchor + "-"
		n := 0
		for _, w := range words {
			if len(w) > 1 && strings.Contains(hs, "-"+w+"-") {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

func indexOf(secs []docs.Section, s docs.Section) int {
	for i, t := range secs {
		if t.Start == s.Start && t.Anchor == s.Anchor {
			return i
		}
	}
	return -1
}

// sectionAt is the innermost heading section holding byte pos, or nil.
func sectionAt(secs []docs.Section, pos int) *docs.Section {
	var at *docs.Section
	for i := range secs {
		if secs[i].Start > pos {
			break
		}
		if secs[i].Level > 0 {
			at = &secs[i]
		}
	}
	return at
}
