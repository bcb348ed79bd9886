package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
)

// snippetRadius is how much text a snippet shows on each side of its centre.
const snippetRadius = 120

// snippetScan bounds the Markdown a snippet is looked for in, keeping a hit's
// cost flat on long reference sections.
const snippetScan = 12 << 10

// hit builds the result for a ranked page.
func (ix *Index) hit(qy query, r scored) Hit {
	d := ix.docs[r.page]
	h := Hit{Path: d.Path, Title: d.Title, Score: float64(r.score)}
	local := int(r.sec - ix.firstSec[r.page])
	want := map[int32]bool{}
	for _, g := range qy.groups {
		for _, a := range g.alts {
			want[a.term] = true
		}
	}
	var text string
	if local < len(d.Sections) {
		sec := d.Sections[local]
		h.Section, h.Anchor = sec.Heading, sec.Anchor
		md := sec.Markdown
		if sec.Level > 0 { // the heading is shown apart from the snippet
			if _, rest, ok := strings.Cut(md, "\n"); ok {
				md = rest
			}
		}
		if len(md) > snippetScan {
			md = strings.ToValidUTF8(md[:snippetScan], "")
		}
		text = ix.snippetSource(md, want)
	}
	if text == "" {
		text = strings.Join(strings.Fields(d.Description), " ")
	}
	h.Snippet, h.Marks = ix.snippet(text, want)
	return h
}

// snippetSource is the plain text a section's snippet is cut from. The
// section's sentences come first; tables and the scaffolding of generated
// samples (label lines such as "**`GET /users`**", one-line SDK calls
// "js: `…`", headings inside the section) are used only
// when the sentences hold fewer than half of the query's words the whole
// section holds. A table's header and separator rows ("Name Type Required
// Description") and labels without code ("Parameters", "Response —
// generated from the API reference") are never used.
func (ix *Index) snippetSource(md string, want map[int32]bool) string {
	var prose, all strings.Builder
	all.Grow(len(md))
	// add writes a line as plain text (as plainText does) to all, and to prose.
	add := func(t string, toProse bool) {
		t = strings.TrimLeft(t, "#>|-*+ \t")
		if t == "" || strings.Trim(t, "-|: ") == "" {
			return
		}
		from := all.Len()
		inline(&all, t)
		if n := all.Len(); n > 0 && all.String()[n-1] != ' ' {
			all.WriteByte(' ')
		}
		if toProse {
			prose.WriteString(all.String()[from:])
		}
	}
	pending := "" // a table row not yet written: a header row when a separator follows
	for l := range markdown.Lines(md) {
		if l.Kind != markdown.Prose {
			continue
		}
		t := strings.TrimSpace(l.Text)
		if isTableRow(t) && strings.Trim(t, "-|: ") == "" {
			pending = "" // a separator: the row above it was the header
			continue
		}
		if pending != "" {
			add(pending, false)
			pending = ""
		}
		switch {
		case isTableRow(t):
			pending = t
		case isLabelLine(t) && !strings.Contains(t, "`"): // "**Parameters**", not "**`GET /users`**"
		case isLabelLine(t), isSampleCall(t), strings.HasPrefix(t, "#"):
			add(t, false)
		default:
			add(t, true)
		}
	}
	if pending != "" {
		add(pending, false)
	}
	p, a := strings.TrimSpace(prose.String()), strings.TrimSpace(all.String())
	if np := ix.termsIn(p, want); np > 0 && (2*np >= ix.probes(want) || 2*np >= ix.termsIn(a, want)) {
		return p
	}
	return a
}

func isTableRow(t string) bool { return strings.HasPrefix(t, "|") }

// isLabelLine is a line that is all emphasis and no sentence: "**Parameters**",
// "*Response — generated from the API reference*".
func isLabelLine(t string) bool {
	if len(t) > 80 {
		return false
	}
	for _, m := range []string{"**", "*", "__", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) &&
			!strings.Contains(t[len(m):len(t)-len(m)], m) {
			return true
		}
	}
	return false
}

// isSampleCall is a list item naming an SDK call: "- js: `sso.getProfile()`".
func isSampleCall(t string) bool {
	rest, ok := strings.CutPrefix(t, "- ")
	if !ok {
		rest, ok = strings.CutPrefix(t, "* ")
	}
	if !ok {
		return false
	}
	lang, code, ok := strings.Cut(rest, ": ")
	return ok && strings.HasPrefix(code, "`") && lang != "" && !strings.ContainsAny(lang, " `")
}

// probes is how many of the query's words termsIn looks for.
func (ix *Index) probes(want map[int32]bool) int {
	n := 0
	for id := range want {
		if len(ix.vocab[id]) >= 2 {
			n++
		}
	}
	return n
}

// termsIn counts the distinct query words (probed as in snippetStart) text holds.
func (ix *Index) termsIn(text string, want map[int32]bool) int {
	if text == "" {
		return 0
	}
	lower, n := asciiLower(text), 0
	for id := range want {
		if p := ix.vocab[id]; len(p) >= 2 && strings.Contains(lower, p) {
			n++
		}
	}
	return n
}

// snippet cuts about 2×snippetRadius bytes of text around the densest run of
// matched terms and returns the byte ranges of the matches inside it. The
// window is found with substring probes on the lowercased text; only the
// window is tokenized, so long sections cost little.
func (ix *Index) snippet(text string, want map[int32]bool) (string, [][2]int) {
	from, to := 0, len(text)
	if len(text) > 2*snippetRadius {
		from = ix.snippetStart(text, want)
		to = min(from+2*snippetRadius, len(text))
		from, to = wordBoundary(text, from, false), wordBoundary(text, to, true)
	}
	window := text[from:to]
	var marks [][2]int
	shift := 0
	if from > 0 {
		shift = len("…")
	}
	tokenize(window, func(t token) {
		id, ok := ix.termID[t.term]
		if !ok || !want[id] {
			return
		}
		if n := len(marks); n > 0 && marks[n-1][1] > t.start+shift {
			return // a part inside a whole already marked
		}
		marks = append(marks, [2]int{t.start + shift, t.end + shift})
	})
	out := window
	if from > 0 {
		out = "…" + out
	}
	if to < len(text) {
		out += "…"
	}
	return out, marks
}

// snippetStart picks where a long text's snippet begins: at the start of the
// sentence that opens the window holding the most distinct query terms, or a
// little before that window.
func (ix *Index) snippetStart(text string, want map[int32]bool) int {
	lower := asciiLower(text)
	type occ struct{ at, probe int }
	var occs []occ
	probe := 0
	for id := range want {
		p := ix.vocab[id]
		if len(p) < 2 {
			continue
		}
		for off, n := 0, 0; n < 40; n++ {
			k := strings.Index(lower[off:], p)
			if k < 0 {
				break
			}
			occs = append(occs, occ{off + k, probe})
			off += k + len(p)
		}
		probe++
	}
	if len(occs) == 0 {
		return 0
	}
	slices.SortFunc(occs, func(a, b occ) int { return a.at - b.at })
	best, bestN := occs[0].at, 0
	seen := make([]int, probe)
	for i := range occs {
		n := 0
		for j := i; j < len(occs) && occs[j].at-occs[i].at <= 2*snippetRadius-40; j++ {
			if seen[occs[j].probe] != i+1 {
				seen[occs[j].probe] = i + 1
				n++
			}
		}
		if n > bestN {
			best, bestN = occs[i].at, n
		}
	}
	// Begin at the start of the sentence the run is in when that is near.
	lo := max(best-snippetRadius/2, 0)
	for k := best - 2; k >= lo; k-- {
		if (text[k] == '.' || text[k] == '?' || text[k] == '!') && text[k+1] == ' ' {
			return k + 2
		}
	}
	return max(best-snippetRadius/3, 0)
}

// asciiLower lowercases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// wordBoundary moves i back to a space within a few bytes (to just after it
// for a start, onto it for an end), staying on a rune boundary.
func wordBoundary(s string, i int, end bool) int {
	if i <= 0 || i >= len(s) {
		return max(0, min(i, len(s)))
	}
	for j := i; j > 0 && j > i-20; j-- {
		if s[j] == ' ' {
			if end {
				return j
			}
			return j + 1
		}
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
