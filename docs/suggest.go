package docs

import (
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"

	"path"
	"sort"
	"strings"
)

// Suggest proposes up to n existing page paths for a path that was not found
// ("did you mean"): close spellings of the whole path or of its last segment,
// the nearest existing ancestor, pages below it, and title word matches.
func (c *Corpus) Suggest(query string, n int) []string {
	key := NormPath(query)
	if key == "" || n <= 0 {
		return nil
	}
	last := lastSegment(key)
	words := strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	type cand struct {
		path  string
		score int
	}
	var cs []cand
	for _, p := range c.Pages {
		s := suggestScore(key, last, words, p)
		if s >= suggestMin {
			cs = append(cs, cand{p.Path, s})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].path < cs[j].path
	})
	out := make([]string, 0, min(n, len(cs)))
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.path)
	}
	return out
}

// suggestMin is the score below which a page is not worth proposing.
const suggestMin = 30

func suggestScore(key, last string, words []string, p *Page) int {
	s := 0
	// editDistance gives up past its limit, so the limit is the threshold.
	th := max(2, len(key)/8)
	if d := search.EditDistance(key, p.Path, th); d <= th {
		s += 100 - 15*d
	}
	// A last segment says more in the same folder; elsewhere only when it is
	// distinctive ("overview" yes, "get" no).
	pl := lastSegment(p.Path)
	lastOK := len(last) >= 5 || len(last) >= 3 && path.Dir(key) == path.Dir(p.Path)
	th = max(1, len(last)/4)
	if d := search.EditDistance(last, pl, th); lastOK && d <= th {
		s += 50 - 12*d
	}
	switch {
	case strings.HasPrefix(key, p.Path+"/"):
		s += 40 + 2*strings.Count(p.Path, "/") // the nearest ancestor wins
	case strings.HasPrefix(p.Path, key+"/"):
		s += 25
	case lastOK && strings.HasPrefix(pl, last):
		s += 60 // "okta" → "okta-saml"
	case len(last) >= 4 && strings.Contains(p.Path, last):
		s += 20
	case lastOK && commonPrefix(last, pl) >= max(4, len(last)*3/5):
		s += 35 // "retry" → "retries"
	}
	if len(words) > 0 {
		title := strings.ToLower(p.Title)
		hits := 0
		for _, w := range words {
			if len(w) >= 3 && strings.Contains(title, w) {
				hits++
			}
		}
		s += 15 * hits / len(words) // alone not enough to be proposed
	}
	if s > 0 && areaOf(key) == areaOf(p.Path) {
		s += 10
	}
	return s
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
