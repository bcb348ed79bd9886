package search

import (
	"math"
	"slices"
	"strings"
)

// Fields of the index. Page-level fields are stored per page, section-level per section.
const (
	fTitle = iota // page title
	fPath         // page path segments
	fDesc         // page description
	fSym          // API symbols of the page
	fTrail        // titles of the page's ancestors in the navigation
	fHead         // the section's heading and its parents'
	fBody         // the section's prose
	fCode         // the section's code blocks
	nFields
)

func pageField(f int) bool { return f < fHead }

// Field weights and length normalisation (BM25F).
var (
	fieldWeight = [nFields]float32{fTitle: 3, fPath: 2, fDesc: 1.5, fSym: 2.5, fTrail: 1, fHead: 2, fBody: 1, fCode: 0.5}
	fieldB      = [nFields]float32{fTitle: 0.3, fPath: 0.3, fDesc: 0.5, fSym: 0.3, fTrail: 0.3, fHead: 0.4, fBody: 0.75, fCode: 0.75}
)

const k1 = 1.2

// A posting packs a unit (page or section number) with a field and a capped
// term frequency (in half units) into 32 bits: postings for the whole corpus stay a few MB.
type posting uint32

func mkPosting(unit, field, tf int) posting {
	return posting(uint32(unit)<<8 | uint32(field)<<5 | uint32(min(tf, 31)))
}
func (p posting) unit() int  { return int(p >> 8) }
func (p posting) field() int { return int(p>>5) & 7 }
func (p posting) tf() int    { return int(p & 31) }

// Index is built once per corpus and is safe for concurrent queries.
type Index struct {
	docs []Doc

	termID map[string]int32
	vocab  []string    // id → term
	sorted []int32     // ids sorted by term, for prefix expansion
	byLen  [][]int32   // ids by term length in bytes, for typo correction
	post   [][]posting // id → postings, grouped by unit within a field
	df     []int32     // id → pages that contain the term
	idf    []float32

	secPage   []int32    // section → page
	firstSec  []int32    // page → its first section
	secLen    [][3]int32 // section → lengths of fHead, fBody, fCode
	pageLen   [][5]int32 // page → lengths of fTitle, fPath, fDesc, fSym, fTrail
	avgLen    [nFields]float32
	secSeq    [][]int32 // section → heading+prose term ids in reading order
	titleSeq  [][]int32 // page → title term ids
	isRef     []bool    // page is in the API reference
	langSyms  []map[string][]int32
	maxDepth  int
	gotoItems []gotoItem
	surfaces  map[int32]string // term → a spelling seen in the text, when it differs
}

// Build indexes docs.
func Build(docs []Doc) *Index {
	ix := &Index{docs: docs, termID: map[string]int32{}}
	id := func(t string) int32 {
		if v, ok := ix.termID[t]; ok {
			return v
		}
		v := int32(len(ix.vocab))
		ix.termID[t] = v
		ix.vocab = append(ix.vocab, t)
		ix.post = append(ix.post, nil)
		ix.df = append(ix.df, 0)
		return v
	}
	ix.surfaces = map[int32]string{}
	surf := func(term, raw string) {
		if len(raw) > 40 || term == raw {
			return
		}
		if tid, ok := ix.termID[term]; ok {
			if _, seen := ix.surfaces[tid]; seen || strings.ToLower(raw) == term {
				return
			}
		}
		ix.surfaces[id(term)] = raw
	}
	var sums [nFields]float64
	var nSec int
	lastPage := make([]int32, 0, 1024) // term id → last page counted in df (+1)
	counts := map[int32]int{}          // reused per field
	var keys []int32
	addField := func(unit, field int, a analyzed, page int) int32 {
		// Counts are in half units: an identifier part weighs half a word
		// ("LinkedIn" is barely about linking), except in symbols and paths,
		// where parts are how names are spelt.
		clear(counts)
		for i, t := range a.terms {
			if a.part[i] && field != fSym && field != fPath {
				counts[id(t)]++
			} else {
				counts[id(t)] += 2
			}
		}
		keys = keys[:0]
		for k := range counts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			ix.post[k] = append(ix.post[k], mkPosting(unit, field, counts[k]))
			for int(k) >= len(lastPage) {
				lastPage = append(lastPage, 0)
			}
			if lastPage[k] != int32(page+1) {
				lastPage[k] = int32(page + 1)
				ix.df[k]++
			}
		}
		sums[field] += float64(len(a.terms))
		return int32(len(a.terms))
	}
	seqIDs := func(a analyzed) []int32 {
		s := make([]int32, len(a.seq))
		for i, t := range a.seq {
			s[i] = id(t)
		}
		return s
	}
	for p, d := range docs {
		ix.maxDepth = max(ix.maxDepth, d.Depth)
		ix.isRef = append(ix.isRef, d.Path == "reference" || strings.HasPrefix(d.Path, "reference/"))
		title := analyze(d.Title, surf)
		ix.titleSeq = append(ix.titleSeq, seqIDs(title))
		var pl [5]int32
		pl[fTitle] = addField(p, fTitle, title, p)
		pl[fPath] = addField(p, fPath, analyze(strings.ReplaceAll(d.Path, "/", " "), surf), p)
		pl[fDesc] = addField(p, fDesc, analyze(d.Description, surf), p)
		var syms []string
		ls := map[string][]int32{}
		for i, s := range d.Symbols {
			syms = append(syms, s)
			if i < len(d.SymbolLangs) && d.SymbolLangs[i] != "" {
				for _, t := range analyze(s, surf).terms {
					ls[d.SymbolLangs[i]] = append(ls[d.SymbolLangs[i]], id(t))
				}
			}
		}
		ix.langSyms = append(ix.langSyms, ls)
		pl[fSym] = addField(p, fSym, analyze(strings.Join(syms, "\n"), surf), p)
		pl[fTrail] = addField(p, fTrail, analyze(d.Trail, surf), p)
		ix.pageLen = append(ix.pageLen, pl)
		ix.firstSec = append(ix.firstSec, int32(nSec))
		secs := d.Sections
		if len(secs) == 0 {
			secs = []Section{{}} // a page without text still has its title
		}
		var stack []Section // heading path: enclosing headings by level
		for _, s := range secs {
			for len(stack) > 0 && stack[len(stack)-1].Level >= s.Level && s.Level > 0 {
				stack = stack[:len(stack)-1]
			}
			var hp []string
			for _, h := range stack {
				hp = append(hp, h.Heading)
			}
			hp = append(hp, s.Heading)
			if s.Level > 0 {
				stack = append(stack, s)
			}
			head := analyze(strings.Join(hp, "\n"), surf)
			prose, code := plainText(s.Markdown)
			body := analyze(prose, surf)
			sec := nSec
			nSec++
			ix.secPage = append(ix.secPage, int32(p))
			ix.secLen = append(ix.secLen, [3]int32{
				addField(sec, fHead, head, p),
				addField(sec, fBody, body, p),
				addField(sec, fCode, analyze(code, surf), p),
			})
			own := analyze(s.Heading, surf)
			ix.secSeq = append(ix.secSeq, append(seqIDs(own), seqIDs(body)...))
		}
	}
	for f := range nFields {
		n := float64(nSec)
		if pageField(f) {
			n = float64(len(docs))
		}
		if n > 0 {
			ix.avgLen[f] = float32(max(sums[f]/n, 1))
		}
	}
	N := float64(len(docs))
	ix.idf = make([]float32, len(ix.vocab))
	for t, df := range ix.df {
		ix.idf[t] = float32(math.Log(1 + (N-float64(df)+0.5)/(float64(df)+0.5)))
	}
	ix.sorted = make([]int32, len(ix.vocab))
	for i := range ix.sorted {
		ix.sorted[i] = int32(i)
	}
	slices.SortFunc(ix.sorted, func(a, b int32) int { return strings.Compare(ix.vocab[a], ix.vocab[b]) })
	for i, t := range ix.vocab {
		for len(t) >= len(ix.byLen) {
			ix.byLen = append(ix.byLen, nil)
		}
		ix.byLen[len(t)] = append(ix.byLen[len(t)], int32(i))
	}
	ix.buildGoTo()
	return ix
}

// fieldLen is the length of field f for a unit (page or section).
func (ix *Index) fieldLen(unit, f int) float32 {
	if pageField(f) {
		return float32(ix.pageLen[unit][f])
	}
	return float32(ix.secLen[unit][f-fHead])
}
