package search

import (
	"slices"
	"strings"
	"unicode/utf8"
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
		text, _ = plainText(md)
	}
	if text == "" {
		text = strings.Join(strings.Fields(d.Description), " ")
	}
	want := map[int32]bool{}
	for _, g := range qy.groups {
		for _, a := range g.alts {
			want[a.term] = true
		}
	}
	h.Snippet, h.Marks = ix.snippet(text, want)
	return h
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

// snippetStart picks where a long text's snippet begins: a little before the
// window that holds the most distinct query terms.
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
