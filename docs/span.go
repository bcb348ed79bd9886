package docs

import (
	"slices"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// This file is the one definition of a section as readers address it: its
// span with subsections, lookup by anchor or heading, the section at a byte
// offset, and the blocks a long view is cut into. show, the explorer and the
// MCP tools all use it.

// Span is the byte range in v.Markdown of section i with its subsections:
// from its heading line to the next heading of the same or a higher level, or
// the end of the page. The text before the first heading (level 0) is its own
// range. ok is false for an index out of range or a view whose offsets do not
// fit its Markdown, which must never take a caller down.
func (v View) Span(i int) (start, end int, ok bool) {
	if i < 0 || i >= len(v.Sections) {
		return 0, 0, false
	}
	s := v.Sections[i]
	start, end = s.Start, s.End
	if s.Level > 0 {
		end = len(v.Markdown)
		for _, t := range v.Sections[i+1:] {
			if t.Level > 0 && t.Level <= s.Level {
				end = t.Start
				break
			}
		}
	}
	if start < 0 || start > end || end > len(v.Markdown) {
		return 0, 0, false
	}
	return start, end, true
}

// Find is the index of the section q names, or -1: its anchor, its heading
// ignoring case, or a heading or anchor whose slug is q's ("Login Flows" finds
// "login-flows"). A leading "#" is ignored. Exact anchors win over headings.
func (v View) Find(q string) int {
	q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "#"))
	if q == "" {
		return -1
	}
	if i := slices.IndexFunc(v.Sections, func(s Section) bool { return s.Anchor != "" && s.Anchor == q }); i >= 0 {
		return i
	}
	if i := slices.IndexFunc(v.Sections, func(s Section) bool { return s.Heading != "" && equalFoldTrim(s.Heading, q) }); i >= 0 {
		return i
	}
	sq := Slug(q)
	if sq == "" {
		return -1
	}
	return slices.IndexFunc(v.Sections, func(s Section) bool {
		return s.Level > 0 && (s.Anchor == sq || Slug(s.Heading) == sq)
	})
}

// Guess is Find, then looser readings for a model's guesses: a heading or
// anchor containing q's slug, then the heading sharing the most words with q.
// -1 if nothing shares a word.
func (v View) Guess(q string) int {
	if i := v.Find(q); i >= 0 {
		return i
	}
	sq := Slug(strings.TrimPrefix(strings.TrimSpace(q), "#"))
	if sq == "" {
		return -1
	}
	if i := slices.IndexFunc(v.Sections, func(s Section) bool {
		return s.Level > 0 && (strings.Contains(s.Anchor, sq) || strings.Contains(Slug(s.Heading), sq))
	}); i >= 0 {
		return i
	}
	words := strings.FieldsFunc(sq, func(r rune) bool { return r == '-' || r == '_' })
	best, bestN := -1, 0
	for i, s := range v.Sections {
		if s.Level == 0 {
			continue
		}
		hs := "-" + Slug(s.Heading) + "-" + s.Anchor + "-"
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

// At is the index of the innermost heading section holding byte pos, or -1
// (before the first heading).
func (v View) At(pos int) int {
	at := -1
	for i, s := range v.Sections {
		if s.Start > pos {
			break
		}
		if s.Level > 0 {
			at = i
		}
	}
	return at
}

// NearestAnchors lists up to n anchors of v closest in spelling to anchor,
// closest first, for "no such section" messages.
func (v View) NearestAnchors(anchor string, n int) []string {
	type cand struct {
		anchor string
		d      int
	}
	var cs []cand
	for _, s := range v.Sections {
		if s.Anchor != "" {
			cs = append(cs, cand{s.Anchor, search.EditDistance(anchor, s.Anchor, max(len(anchor), len(s.Anchor)))})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return a.d - b.d })
	out := make([]string, 0, min(n, len(cs)))
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.anchor)
	}
	return out
}

// Block is a run of a view's Markdown that must not be split.
type Block = markdown.Block

// Blocks splits v.Markdown into blocks; its sections' headings are blocks of
// their own, with their level.
func (v View) Blocks() []Block {
	heads := make(map[int]int, len(v.Sections))
	for _, s := range v.Sections {
		if s.Level > 0 {
			heads[s.Start] = s.Level
		}
	}
	return markdown.Blocks(v.Markdown, heads)
}

// Tokens estimates the model tokens of Markdown text.
func Tokens(md string) int { return markdown.Tokens(md) }

// Snap is the start of the block of v holding from, so a part never starts
// mid-paragraph or inside a code fence.
func (v View) Snap(from int) int { return markdown.Snap(v.Blocks(), from) }

// Cut picks the blocks of v.Markdown[from:limit] that fit in budget bytes, at
// least one; a single block over hardMax is cut at a line end. A heading ends a
// part only when it is all the part holds. end is where the next part resumes.
func (v View) Cut(from, limit, budget, hardMax int) (start, end int) {
	return markdown.Cut(v.Markdown, v.Blocks(), from, limit, budget, hardMax)
}

// GeneratedSample reports whether block b of v is a code sample generated
// from the API reference rather than the docs' own code: the line before it
// is its label.
func (v View) GeneratedSample(b Block) bool {
	if !b.Fence || b.Start > len(v.Markdown) {
		return false
	}
	before := strings.TrimRight(v.Markdown[:b.Start], "\n")
	label := before[strings.LastIndexByte(before, '\n')+1:]
	return strings.HasPrefix(label, "*") && strings.HasSuffix(label, " — "+apiref.SampleMark+"*")
}
