package mcpbridge

import (
	"strings"
	"unicode"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// sect is a section of the Markdown being shown; start/end cover its own text
// (heading line to the next heading).
type sect struct {
	level           int
	heading, anchor string
	start, end      int
}

// sectionsOf lists the sections of md, the page's Markdown or a one-language
// view of it. The model's own sections are used when md is the page Markdown;
// otherwise headings are found again and matched to the model's anchors.
func sectionsOf(p *docs.Page, md string) []sect {
	if md == p.Markdown && len(p.Sections) > 1 {
		out := make([]sect, 0, len(p.Sections))
		for _, s := range p.Sections {
			out = append(out, sect{s.Level, s.Heading, s.Anchor, s.Start, s.End})
		}
		return out
	}
	used := map[int]bool{}
	anchorFor := func(h string) string {
		for i, s := range p.Sections {
			if !used[i] && strings.EqualFold(s.Heading, h) {
				used[i] = true
				return s.Anchor
			}
		}
		return slug(h)
	}
	var out []sect
	for _, b := range blocks(md) {
		if b.level == 0 {
			continue
		}
		if len(out) == 0 && b.start > 0 {
			out = append(out, sect{start: 0, end: b.start})
		}
		if n := len(out); n > 0 {
			out[n-1].end = b.start
		}
		h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(md[b.start+b.level:b.end]), "#"))
		out = append(out, sect{level: b.level, heading: h, anchor: anchorFor(h), start: b.start, end: len(md)})
	}
	if len(out) == 0 && md != "" {
		out = append(out, sect{start: 0, end: len(md)})
	}
	return out
}

// span is the byte range of section i with its subsections.
func span(secs []sect, i int, total int) (int, int) {
	s := secs[i]
	if s.level == 0 {
		return s.start, s.end
	}
	for _, t := range secs[i+1:] {
		if t.level > 0 && t.level <= s.level {
			return s.start, t.start
		}
	}
	return s.start, total
}

// findSection matches an anchor or heading, loosely: exact anchor, exact
// heading, slug, then containment, then the most shared words. -1 if none.
func findSection(secs []sect, q string) int {
	q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "#"))
	if q == "" {
		return -1
	}
	sq := slug(q)
	for _, pass := range []func(s sect) bool{
		func(s sect) bool { return s.anchor == q },
		func(s sect) bool { return strings.EqualFold(s.heading, q) },
		func(s sect) bool { return s.anchor == sq || slug(s.heading) == sq },
		func(s sect) bool {
			return sq != "" && (strings.Contains(s.anchor, sq) || strings.Contains(slug(s.heading), sq))
		},
	} {
		for i, s := range secs {
			if s.level > 0 && pass(s) {
				return i
			}
		}
	}
	words := strings.Split(sq, "-")
	best, bestN := -1, 0
	for i, s := range secs {
		if s.level == 0 {
			continue
		}
		hs := "-" + slug(s.heading) + "-" + s.anchor + "-"
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

// slug is a GitHub-style anchor: lower case, words joined by "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
