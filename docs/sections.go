package docs

import (
	"sort"
	"strconv"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
)

// sections splits Markdown at its headings. Text before the first heading
// becomes a level-0 intro section; every section runs to the next heading.
func sections(md string, hs []mdx.Heading) []Section {
	hs = append([]mdx.Heading(nil), hs...)
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].Offset < hs[j].Offset })
	var out []Section
	first := len(md)
	if len(hs) > 0 {
		first = clamp(hs[0].Offset, 0, len(md))
	}
	if strings.TrimSpace(md[:first]) != "" {
		out = append(out, Section{Level: 0, Start: 0, End: first})
	}
	for i, h := range hs {
		start := clamp(h.Offset, 0, len(md))
		end := len(md)
		if i+1 < len(hs) {
			end = clamp(hs[i+1].Offset, start, len(md))
		}
		out = append(out, Section{Level: h.Level, Heading: h.Text, Anchor: h.Anchor, Start: start, End: end})
	}
	return out
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// scanHeadings finds ATX headings outside fenced code in md (Markdown this
// package wrote itself), with offsets shifted by base and anchors unique
// against the headings already on the page.
func scanHeadings(md string, base int, existing []mdx.Heading) []mdx.Heading {
	seen := map[string]bool{}
	for _, h := range existing {
		seen[h.Anchor] = true
	}
	var out []mdx.Heading
	scanLines(md, func(off int, line string, prose bool) {
		if !prose {
			return
		}
		if lvl, text := atxHeading(strings.TrimLeft(line, " ")); lvl > 0 {
			a := uniqueAnchor(slug(text), seen)
			out = append(out, mdx.Heading{Level: lvl, Text: text, Anchor: a, Offset: base + off})
		}
	})
	return out
}

// scanLines calls fn for every line of md (without its "\n") with its byte
// offset and whether it is prose: outside fenced code and no fence itself.
func scanLines(md string, fn func(off int, line string, prose bool)) {
	for l := range markdown.Lines(md) {
		fn(l.Off, l.Text, l.Kind == markdown.Prose)
	}
}

// atxHeading parses "## Text" into (2, "Text"); (0, "") when not a heading.
func atxHeading(line string) (int, string) {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(line) && line[n] != ' ' && line[n] != '\t') {
		return 0, ""
	}
	text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[n:]), "#"))
	text = strings.NewReplacer("`", "", "*", "").Replace(text)
	return n, text
}

// slug is the one anchor rule shared with package mdx.
func slug(s string) string { return mdx.Slug(s) }

// Slug is the anchor a heading text gets ("Login flows" → "login-flows"),
// the rule every face uses to match a reader's guess against anchors.
func Slug(s string) string { return mdx.Slug(s) }

func uniqueAnchor(a string, seen map[string]bool) string {
	u := a
	for i := 1; seen[u]; i++ {
		u = a + "-" + strconv.Itoa(i)
	}
	seen[u] = true
	return u
}
