package docs

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

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
	fence := ""
	for off := 0; off < len(md); {
		line, _, _ := strings.Cut(md[off:], "\n")
		t := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		default:
			if lvl, text := atxHeading(t); lvl > 0 {
				a := uniqueAnchor(slug(text), seen)
				out = append(out, mdx.Heading{Level: lvl, Text: text, Anchor: a, Offset: base + off})
			}
		}
		off += len(line) + 1
	}
	return out
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

// slug is a GitHub-style anchor: lower case, letters, digits, '-' and '_'.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

func uniqueAnchor(a string, seen map[string]bool) string {
	u := a
	for i := 1; seen[u]; i++ {
		u = a + "-" + strconv.Itoa(i)
	}
	seen[u] = true
	return u
}
