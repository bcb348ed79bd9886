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
	surfaces  map[int32]string   // term → a spelling seen in the text, when it differs
	symKey    map[string][]int32 // symbolKey → pages declaring it
}

// builder holds the working memory of Build.
type builder struct {
	ix       *Index
	sums     [nFields]float64
	lastPage []int32 // term id → last page counted in df (+1)
	count    []int32 // term id → count in the current field (half units)
	hasSurf  []bool  // term id → a surface spelling is recorded
	keys     []int32
	ids      []int32 // ids of the terms of the field just added
	a        analyzed
}

// id returns the id of term t, adding it to the vocabulary.
func (b *builder) id(t string) int32 {
	ix := b.ix
	if v, ok := ix.termID[t]; ok {
		return v
	}
	v := int32(len(ix.vocab))
	ix.termID[t] = v
	ix.vocab = append(ix.vocab, t)
	ix.post = append(ix.post, nil)
	ix.df = append(ix.df, 0)
	b.lastPage = append(b.lastPage, 0)
	b.count = append(b.count, 0)
	b.hasSurf = append(b.hasSurf, false)
	return v
}

// terms analyzes text into b.a and sets b.ids; it records how terms are spelt
// in the text, for suggestions.
func (b *builder) terms(text string) {
	b.a.reset(text)
	b.ids = b.ids[:0]
	for i, t := range b.a.terms {
		k := b.id(t)
		b.ids = append(b.ids, k)
		if raw := b.a.raw[i]; !b.hasSurf[k] && raw != t && len(raw) <= 40 && !strings.EqualFold(raw, t) {
			b.ix.surfaces[k] = raw
			b.hasSurf[k] = true
		}
	}
}

// seq is the reading order of the field just analyzed, as term ids.
func (b *builder) seq(dst []int32) []int32 {
	for _, i := range b.a.seq {
		dst = append(dst, b.ids[i])
	}
	return dst
}

// add analyzes text and posts it as field of unit (page or section) of page; it returns the field length.
func (b *builder) add(unit, field int, text string, page int) int32 {
	b.terms(text)
	return b.post(unit, field, page)
}

// post adds postings for the field just analyzed.
func (b *builder) post(unit, field, page int) int32 {
	ix := b.ix
	// Counts are in half units: an identifier part weighs half a word
	// ("LinkedIn" is barely about linking), except in symbols and paths,
	// where parts are how names are spelt.
	b.keys = b.keys[:0]
	for i, k := range b.ids {
		if b.count[k] == 0 {
			b.keys = append(b.keys, k)
		}
		if b.a.part[i] && field != fSym && field != fPath {
			b.count[k]++
		} else {
			b.count[k] += 2
		}
	}
	slices.Sort(b.keys)
	for _, k := range b.keys {
		ix.post[k] = append(ix.post[k], mkPosting(unit, field, int(b.count[k])))
		b.count[k] = 0
		if b.lastPage[k] != int32(page+1) {
			b.lastPage[k] = int32(page + 1)
			ix.df[k]++
		}
	}
	b.sums[field] += float64(len(b.ids))
	return int32(len(b.ids))
}

// Build indexes docs.
func Build(docs []Doc) *Index {
	ix := &Index{docs: docs, termID: make(map[string]int32, 1<<14), symKey: map[string][]int32{}, surfaces: map[int32]string{}}
	b := &builder{ix: ix}
	var nSec int
	var hp []string
	for p, d := range docs {
		ix.maxDepth = max(ix.maxDepth, d.Depth)
		ix.isRef = append(ix.isRef, d.Path == "reference" || strings.HasPrefix(d.Path, "reference/"))
		var pl [5]int32
		b.terms(d.Title)
		ix.titleSeq = append(ix.titleSeq, b.seq(nil))
		pl[fTitle] = b.post(p, fTitle, p)
		pl[fPath] = b.add(p, fPath, strings.ReplaceAll(d.Path, "/", " "), p)
		pl[fDesc] = b.add(p, fDesc, d.Description, p)
		ls := map[string][]int32{}
		for i, s := range d.Symbols {
			if k := symbolKey(s); k != "" {
				if ps := ix.symKey[k]; len(ps) == 0 || ps[len(ps)-1] != int32(p) {
					ix.symKey[k] = append(ps, int32(p))
				}
			}
			if i < len(d.SymbolLangs) && d.SymbolLangs[i] != "" {
				b.terms(s)
				ls[d.SymbolLangs[i]] = append(ls[d.SymbolLangs[i]], b.ids...)
			}
		}
		ix.langSyms = append(ix.langSyms, ls)
		pl[fSym] = b.add(p, fSym, strings.Join(d.Symbols, "\n"), p)
		pl[fTrail] = b.add(p, fTrail, d.Trail, p)
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
			hp = hp[:0]
			for _, h := range stack {
				hp = append(hp, h.Heading)
			}
			hp = append(hp, s.Heading)
			if s.Level > 0 {
				stack = append(stack, s)
			}
			sec := nSec
			nSec++
			ix.secPage = append(ix.secPage, int32(p))
			var sl [3]int32
			b.terms(s.Heading)
			seq := b.seq(nil)
			if len(hp) > 1 {
				sl[0] = b.add(sec, fHead, strings.Join(hp, "\n"), p)
			} else {
				sl[0] = b.post(sec, fHead, p) // the heading path is the heading
			}
			prose, code := plainText(s.Markdown)
			b.terms(prose)
			ix.secSeq = append(ix.secSeq, b.seq(seq))
			sl[1] = b.post(sec, fBody, p)
			sl[2] = b.add(sec, fCode, code, p)
			ix.secLen = append(ix.secLen, sl)
		}
	}
	sums := b.sums
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
