package markdown

import "strings"

// Block is a run of Markdown that must not be split: a paragraph, a list, a
// heading line or a whole fenced code block. Cuts fall only between blocks.
type Block struct {
	Start, End int // byte range in the text
	Level      int // heading level, 0 if not a heading
	Fence      bool
}

// Blocks splits md at blank lines and headings, keeping fences whole (indented
// fences and ~~~ included; an unclosed one runs to the end). heads maps the
// byte offsets where headings start to their level: the caller's document
// model knows them; nil finds no headings, which is all Tokens needs.
func Blocks(md string, heads map[int]int) []Block {
	var out []Block
	cur := -1 // start of the open block, -1 if none
	flush := func(end int) {
		if cur >= 0 && end > cur {
			out = append(out, Block{Start: cur, End: end})
		}
		cur = -1
	}
	inFence := false
	for l := range Lines(md) {
		next := min(l.Off+len(l.Text)+1, len(md))
		switch {
		case l.Kind == Marker && !inFence: // opening
			flush(l.Off)
			cur, inFence = l.Off, true
		case l.Kind == Marker: // closing
			out = append(out, Block{Start: cur, End: next, Fence: true})
			cur, inFence = -1, false
		case l.Kind == Code:
		case strings.TrimSpace(l.Text) == "":
			flush(l.Off)
		case heads[l.Off] > 0:
			flush(l.Off)
			out = append(out, Block{Start: l.Off, End: next, Level: heads[l.Off]})
		case cur < 0:
			cur = l.Off
		}
	}
	if inFence {
		return append(out, Block{Start: cur, End: len(md), Fence: true})
	}
	flush(len(md))
	return out
}

// Tokens estimates model tokens: prose at 4 characters a token, code at 3.5.
func Tokens(md string) int {
	code := 0
	for _, b := range Blocks(md, nil) {
		if b.Fence {
			code += b.End - b.Start
		}
	}
	return (len(md)-code+3)/4 + (code*2+6)/7
}

// Snap is the start of the block holding from, so a part never starts
// mid-paragraph or inside a code fence.
func Snap(bs []Block, from int) int {
	for _, b := range bs {
		if b.Start <= from && from < b.End {
			return b.Start
		}
	}
	return from
}

// Cut picks the blocks bs of md that fit in md[from:limit] within budget
// characters. It always takes at least one block so a call makes progress; a
// single block larger than hardMax is cut at a line end. A heading ends a
// part only when it is all the part holds: it belongs with the text it introduces. end is where the next part
// resumes.
func Cut(md string, bs []Block, from, limit, budget, hardMax int) (start, end int) {
	start = Snap(bs, from)
	end = start
	for _, b := range bs {
		if b.End <= start || b.Start >= limit {
			continue
		}
		be := min(b.End, limit)
		if end > start && be-start > budget {
			break
		}
		end = be
		if be-start > budget {
			break
		}
	}
	for i := len(bs) - 1; i >= 0; i-- {
		if b := bs[i]; b.End == end && b.Level > 0 && b.Start > start {
			end = b.Start
			break
		}
	}
	if strings.TrimSpace(md[end:limit]) == "" { // only blank text left: no empty last part
		end = limit
	}
	if end-start > hardMax {
		if e := strings.LastIndexByte(md[start:start+hardMax], '\n'); e > 0 {
			end = start + e + 1
		} else {
			end = start + hardMax
		}
	}
	return start, end
}
