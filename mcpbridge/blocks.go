package mcpbridge

import (
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// block is a run of Markdown that must not be split: a paragraph, a list, a
// heading line or a whole fenced code block. Cuts fall only between blocks.
type block struct {
	start, end int // byte range in the text
	level      int // heading level, 0 if not a heading
	fence      bool
}

// blocks splits Markdown at blank lines and headings, keeping fences whole
// (indented fences and ~~~ included). Headings are the lines where the docs
// model's sections of md start (secs index md); nil secs finds no headings,
// which is all tokens needs. It never parses MDX.
func blocks(md string, secs []docs.Section) []block {
	heads := make(map[int]int, len(secs))
	for _, s := range secs {
		if s.Level > 0 {
			heads[s.Start] = s.Level
		}
	}
	var out []block
	cur := -1 // start of the open block, -1 if none
	var fenceMark string
	flush := func(end int) {
		if cur >= 0 && end > cur {
			out = append(out, block{start: cur, end: end})
		}
		cur = -1
	}
	for pos := 0; pos < len(md); {
		nl := strings.IndexByte(md[pos:], '\n')
		next := len(md)
		if nl >= 0 {
			next = pos + nl + 1
		}
		line := md[pos:next]
		trim := strings.TrimSpace(line)
		switch {
		case fenceMark != "":
			if strings.HasPrefix(trim, fenceMark) && strings.Trim(trim, fenceMark[:1]) == "" {
				fenceMark = ""
				out = append(out, block{start: cur, end: next, fence: true})
				cur = -1
			}
		case isFenceOpen(trim):
			flush(pos)
			fenceMark = fenceRun(trim)
			cur = pos
		case trim == "":
			flush(pos)
		case heads[pos] > 0:
			flush(pos)
			out = append(out, block{start: pos, end: next, level: heads[pos]})
		default:
			if cur < 0 {
				cur = pos
			}
		}
		pos = next
	}
	if fenceMark != "" && cur >= 0 { // unclosed fence: keep it whole to the end
		out = append(out, block{start: cur, end: len(md), fence: true})
		return out
	}
	flush(len(md))
	return out
}

func isFenceOpen(trim string) bool {
	return strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~")
}

// fenceRun is the opening run of backticks or tildes; a closing fence needs at least as many.
func fenceRun(trim string) string {
	c := trim[0]
	n := 0
	for n < len(trim) && trim[n] == c {
		n++
	}
	return trim[:n]
}

// tokens estimates model tokens: prose at 4 characters a token, code at 3.5.
func tokens(md string) int {
	code := 0
	for _, b := range blocks(md, nil) {
		if b.fence {
			code += b.end - b.start
		}
	}
	return (len(md)-code+3)/4 + (code*2+6)/7
}

// snap is the start of the block of md holding from, so a part never starts
// mid-paragraph or inside a code fence.
func snap(md string, secs []docs.Section, from int) int {
	for _, b := range blocks(md, secs) {
		if b.start <= from && from < b.end {
			return b.start
		}
	}
	return from
}

// cut picks the blocks of md[from:limit] that fit in budget characters. It
// always takes at least one block so a call makes progress; a single block
// larger than hardMax is cut at a line end. end is where the next call resumes.
func cut(md string, secs []docs.Section, from, limit, budget, hardMax int) (start, end int) {
	bs := blocks(md, secs)
	start = from
	for _, b := range bs { // resume at the start of the block holding from
		if b.start <= from && from < b.end {
			start = b.start
			break
		}
	}
	end = start
	for _, b := range bs {
		if b.end <= start || b.start >= limit {
			continue
		}
		be := min(b.end, limit)
		if end > start && be-start > budget {
			break
		}
		end = be
		if be-start > budget {
			break
		}
	}
	// A heading must not end a part: it belongs with the text it introduces.
	for i := len(bs) - 1; i >= 0; i-- {
		if b := bs[i]; b.end == end && b.level > 0 && b.start > start {
			end = b.start
			break
		}
	}
	if strings.TrimSpace(md[end:limit]) == "" { // only blank text left: no empty last part
		end = limit
	}
	if end-start > hardMax {
		e := strings.LastIndexByte(md[start:start+hardMax], '\n')
		if e > 0 {
			end = start + e + 1
		} else {
			end = start + hardMax
		}
	}
	return start, end
}
