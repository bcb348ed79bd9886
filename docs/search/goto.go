package search

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
)

// fzf's algo keeps scoring tables in package state: set them once, before any match.
var algoInit sync.Once

// gotoItem is a go-to target with its lowercase label prepared for matching.
type gotoItem struct {
	Target
	lower string     // folded label, for the prefilter and tiers
	chars util.Chars // the label as fzf wants it
	depth int
	ref   bool // the target is in the API reference
}

// Tiers of a go-to match: an exact label beats a prefix beats a fuzzy match.
const (
	tierFuzzy = iota
	tierPrefix
	tierExact
)

// slabs are fzf's scratch buffers; one per concurrent query.
var slabs = sync.Pool{New: func() any { return util.MakeSlab(100*1024, 2048) }}

// appendGoTo appends the go-to targets of page d to dst.
func (w *worker) appendGoTo(dst []gotoItem, d *Doc, ref bool) []gotoItem {
	add := func(t Target, depth int) {
		if strings.TrimSpace(t.Label) == "" {
			return
		}
		dst = append(dst, gotoItem{Target: t, lower: strings.ToLower(t.Label), chars: util.ToChars([]byte(t.Label)), depth: depth, ref: ref})
	}
	add(Target{Label: d.Title, Path: d.Path, Kind: "page"}, d.Depth)
	if !strings.EqualFold(d.Title, d.Path) {
		add(Target{Label: d.Path, Path: d.Path, Kind: "path"}, d.Depth)
	}
	for _, s := range d.Sections {
		if s.Heading != "" && s.Heading != d.Title {
			add(Target{Label: s.Heading, Path: d.Path, Anchor: s.Anchor, Kind: "section"}, d.Depth+1)
		}
	}
	clear(w.seen)
	for i, s := range d.Symbols {
		if !w.seen[s] {
			w.seen[s] = true
			anchor := ""
			if i >= len(d.SymbolLangs) || d.SymbolLangs[i] == "" { // an SDK guide's helper
				anchor = helperAnchor(d, s)
			}
			add(Target{Label: s, Path: d.Path, Anchor: anchor, Kind: "symbol"}, d.Depth)
		}
	}
	return dst
}

// helperAnchor is the anchor of the section that documents a helper an SDK
// guide names ("withAuth" → the section "`withAuth()`"), so go-to opens the
// page there; "" when the symbol is not a bare identifier (API spellings such
// as "sso.getProfile()" name whole reference pages) or no section shows it.
// A heading that is the name beats one that starts with it ("useAccessToken
// Hook"), which beats one that mentions it ("Using withAuth for …"); without
// such a heading, the first section that both names it in prose (as code:
// "use `withAuth` to …") and uses it in a code sample, else the first that
// uses it in code, else the first that names it in prose.
func helperAnchor(d *Doc, sym string) string {
	name := strings.TrimSuffix(sym, "()")
	if name == "" || strings.IndexFunc(name, func(r rune) bool { return !isIdentRune(r) }) >= 0 {
		return ""
	}
	best, bestRank := "", 0
	for _, s := range d.Sections {
		if s.Anchor == "" || s.Heading == "" {
			continue
		}
		words := strings.FieldsFunc(s.Heading, func(r rune) bool { return !isIdentRune(r) })
		rank := 0
		switch {
		case len(words) == 1 && words[0] == name:
			rank = 6
		case len(words) > 0 && words[0] == name:
			rank = 5
		case slices.Contains(words, name):
			rank = 4
		case bestRank < 3 && strings.Contains(s.Markdown, name):
			prose, code := false, false
			for l := range markdown.Lines(s.Markdown) {
				switch l.Kind {
				case markdown.Code:
					code = code || hasIdent(l.Text, name)
				case markdown.Prose:
					prose = prose || hasIdent(l.Text, "`"+name)
				}
			}
			switch {
			case prose && code:
				rank = 3
			case code:
				rank = 2
			case prose:
				rank = 1
			}
		}
		if rank > bestRank {
			best, bestRank = s.Anchor, rank
		}
	}
	return best
}

// hasIdent reports s holding name not run into a longer identifier.
func hasIdent(s, name string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], name)
		if k < 0 {
			return false
		}
		at, end := off+k, off+k+len(name)
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (at == 0 || !isIdentRune(before) || name[0] == '`') && (end == len(s) || !isIdentRune(after)) {
			return true
		}
		off = at + 1
	}
}

func isIdentRune(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// kindRank orders equal matches: pages first, then symbols, paths, sections.
func kindRank(k string) int {
	switch k {
	case "page":
		return 0
	case "symbol":
		return 1
	case "path":
		return 2
	}
	return 3
}

// GoTo returns fuzzy matches over titles, paths, section headings and symbols,
// best first: exact label, then prefix, then fuzzy; ties by kind, guides before
// the API reference (a guide and its reference page often share a title),
// nav depth and length.
// Every whitespace-separated term must match; with several terms, each of
// three letters or more must be in the label whole. Positions are rune
// indexes into Label.
func (ix *Index) GoTo(q string, limit int) []Match {
	if ix == nil {
		return nil
	}
	q = strings.ToLower(strings.TrimSpace(cleanQuery(q)))
	terms := strings.Fields(q)
	if len(terms) == 0 {
		return nil
	}
	if len(terms) > 8 {
		terms = terms[:8]
	}
	if limit <= 0 {
		limit = 20
	}
	pats := make([][]rune, len(terms))
	for i, t := range terms {
		pats[i] = []rune(t)
	}
	slab := slabs.Get().(*util.Slab)
	defer slabs.Put(slab)
	type cand struct {
		m    Match
		tier int
		item *gotoItem
	}
	var cands []cand
	for i := range ix.gotoItems {
		it := &ix.gotoItems[i]
		if !subsequenceAll(it.lower, terms) || (len(terms) > 1 && !wordsIn(it.lower, terms)) {
			continue
		}
		score := 0
		var pos []int
		ok := true
		for _, p := range pats {
			// fzf reads some matrix cells it never wrote: left over from the
			// previous match, they made positions (and ties) depend on history.
			n := it.chars.Length()
			clear(slab.I16[:min(len(slab.I16), 3*n+2*n*len(p))])
			res, ps := algo.FuzzyMatchV2(false, true, true, &it.chars, p, true, slab)
			if res.Start < 0 {
				ok = false
				break
			}
			score += res.Score
			if ps != nil {
				pos = append(pos, *ps...)
			}
		}
		if !ok {
			continue
		}
		slices.Sort(pos)
		tier := tierFuzzy
		switch {
		case it.lower == q:
			tier = tierExact
		case strings.HasPrefix(it.lower, q):
			tier = tierPrefix
		}
		cands = append(cands, cand{Match{Target: it.Target, Score: score, Positions: slices.Compact(pos)}, tier, it})
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(b.tier, a.tier); c != 0 {
			return c
		}
		if c := cmp.Compare(b.m.Score, a.m.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(kindRank(a.m.Kind), kindRank(b.m.Kind)); c != 0 {
			return c
		}
		if a.item.ref != b.item.ref {
			if b.item.ref {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(a.item.depth, b.item.depth); c != 0 {
			return c
		}
		if c := cmp.Compare(len(a.m.Label), len(b.m.Label)); c != 0 {
			return c
		}
		return strings.Compare(a.m.Label, b.m.Label)
	})
	out := make([]Match, 0, min(limit, len(cands)))
	for _, c := range cands[:min(limit, len(cands))] {
		out = append(out, c.m)
	}
	return out
}

// wordsIn reports every term of three letters or more found whole in label:
// a query of several words ("invalid redirect uri") is words, not an
// abbreviation, and matched letter by letter it picked long FAQ headings
// ("I am using directory provisioning, but …") over the page it names.
// A single term stays fuzzy ("dlu", "getprof").
func wordsIn(label string, terms []string) bool {
	for _, t := range terms {
		if len(t) >= 3 && !strings.Contains(label, t) {
			return false
		}
	}
	return true
}

// subsequenceAll is the cheap prefilter: each term's letters appear in order
// in the label (case already folded). fzf only runs on survivors.
func subsequenceAll(label string, terms []string) bool {
	for _, t := range terms {
		i := 0
		for _, r := range t {
			if unicode.IsSpace(r) {
				continue
			}
			if r < 0x80 {
				k := strings.IndexByte(label[i:], byte(r))
				if k < 0 {
					return false
				}
				i += k + 1
				continue
			}
			k := strings.IndexRune(label[i:], r)
			if k < 0 {
				return false
			}
			i += k + 1
		}
	}
	return true
}
