package search

import (
	"math"
	"slices"
	"strings"
)

// merger assembles the index from analysed pages, taken in page order. It
// numbers terms by first use across the pages, as a one-core build would.
type merger struct {
	ix       *Index
	l2g      [][]int32 // worker → lid → global id, -1 until the lid is met
	lastPage []int32   // term id → last page counted in df (+1)
	sums     [nFields]float64
	postings [][]uint64   // term id << 32 | posting, in the order made, in chunks; finish groups them by term
	gotos    [][]gotoItem // per page
	nGoto    int
}

func newMerger(docs []Doc) *merger {
	n := len(docs)
	return &merger{
		ix: &Index{
			docs: docs, termID: make(map[string]int32, 1<<13), symKey: map[string][]int32{}, surfaces: make(map[int32][]string, 1<<12),
			vocab: make([]string, 0, 1<<13), df: make([]int32, 0, 1<<13),
			isRef: make([]bool, 0, n), pageLen: make([][5]int32, 0, n), firstSec: make([]int32, 0, n),
			titleSeq: make([][]int32, 0, n), langSyms: make([]map[string][]int32, 0, n),
		},
		gotos:    make([][]gotoItem, 0, n),
		lastPage: make([]int32, 0, 1<<13),
	}
}

// id returns the id of term t, adding it to the vocabulary.
func (m *merger) id(t string) int32 {
	ix := m.ix
	if v, ok := ix.termID[t]; ok {
		return v
	}
	v := int32(len(ix.vocab))
	ix.termID[t] = v
	ix.vocab = append(ix.vocab, t)
	ix.df = append(ix.df, 0)
	m.lastPage = append(m.lastPage, 0)
	ix.verbatim = append(ix.verbatim, false)
	return v
}

// sub is the part of s in sp, nil if empty; capped so appends cannot spill.
func sub(s []int32, sp span) []int32 {
	if sp.lo == sp.hi {
		return nil
	}
	return s[sp.lo:sp.hi:sp.hi]
}

// merge adds page p, analysed in d.
func (m *merger) merge(p int, d *docTerms) {
	ix := m.ix
	for len(m.l2g) <= d.worker {
		m.l2g = append(m.l2g, nil)
	}
	// A worker's pages reach the merger in the order it took them, so its
	// lids met before this page are resolved, and a term new to the index
	// is new to the worker: numbering the worker's new terms in the order
	// it met them numbers the index's new terms as a one-core build would.
	l2g := m.l2g[d.worker]
	for _, t := range d.newTerms {
		l2g = append(l2g, m.id(t))
	}
	m.l2g[d.worker] = l2g
	// Spellings are kept in page order, so the first few seen win whatever
	// the worker count: each worker hands over its first few per term.
	for _, s := range d.surf {
		k := l2g[s.lid]
		// Most terms have one spelling: exact-sized slices keep the index small.
		if sp := ix.surfaces[k]; len(sp) < maxSpellings && !hasFold(sp, s.raw) {
			ix.surfaces[k] = append(sp[:len(sp):len(sp)], s.raw)
		}
	}
	for _, lid := range d.verbatim {
		ix.verbatim[l2g[lid]] = true
	}

	firstSec := int32(len(ix.secPage))
	ix.maxDepth = max(ix.maxDepth, ix.docs[p].Depth)
	ix.isRef = append(ix.isRef, d.ref)
	ix.firstSec = append(ix.firstSec, firstSec)
	ix.pageLen = append(ix.pageLen, d.pageLen)
	for f, n := range d.pageLen {
		m.sums[f] += float64(n)
	}
	for _, sl := range d.secLen {
		ix.secPage = append(ix.secPage, int32(p))
		for f, n := range sl {
			m.sums[fHead+f] += float64(n)
		}
	}
	ix.secLen = append(ix.secLen, d.secLen...)

	for _, fp := range d.posts {
		unit := int32(p)
		if fp.sec >= 0 {
			unit = firstSec + fp.sec
		}
		for _, tc := range d.counts[fp.counts.lo:fp.counts.hi] {
			k := l2g[tc.lid]
			m.addPosting(uint64(k)<<32 | uint64(mkPosting(int(unit), int(fp.field), int(tc.n))))
			if m.lastPage[k] != int32(p+1) {
				m.lastPage[k] = int32(p + 1)
				ix.df[k]++
			}
		}
	}

	seq := make([]int32, len(d.seq)) // d.seq goes back to the worker
	for i, lid := range d.seq {
		seq[i] = l2g[lid]
	}
	ix.titleSeq = append(ix.titleSeq, sub(seq, d.titleSeq))
	for _, sp := range d.secSeq {
		ix.secSeq = append(ix.secSeq, sub(seq, sp))
	}
	for _, ids := range d.langSyms {
		for i, lid := range ids {
			ids[i] = l2g[lid]
		}
	}
	ix.langSyms = append(ix.langSyms, d.langSyms)
	for _, k := range d.symKeys {
		if ps := ix.symKey[k]; len(ps) == 0 || ps[len(ps)-1] != int32(p) {
			ix.symKey[k] = append(ps, int32(p))
		}
	}
	m.gotos = append(m.gotos, d.gotoItems)
	m.nGoto += len(d.gotoItems)
}

// finish computes what needs the whole corpus: average lengths, IDF, the
// sorted vocabulary and the go-to list.
func (m *merger) finish() *Index {
	ix := m.ix
	// Sorting the vocabulary is the longest step left: it runs beside the rest.
	sorted := make(chan []int32)
	go func() {
		s := make([]int32, len(ix.vocab))
		for i := range s {
			s[i] = int32(i)
		}
		slices.SortFunc(s, func(a, b int32) int { return strings.Compare(ix.vocab[a], ix.vocab[b]) })
		sorted <- s
	}()
	for f := range nFields {
		n := float64(len(ix.secPage))
		if pageField(f) {
			n = float64(len(ix.docs))
		}
		if n > 0 {
			ix.avgLen[f] = float32(max(m.sums[f]/n, 1))
		}
	}
	m.layPostings()
	N := float64(len(ix.docs))
	ix.idf = make([]float32, len(ix.vocab))
	for t, df := range ix.df {
		ix.idf[t] = float32(math.Log(1 + (N-float64(df)+0.5)/(float64(df)+0.5)))
	}
	for i, t := range ix.vocab {
		for len(t) >= len(ix.byLen) {
			ix.byLen = append(ix.byLen, nil)
		}
		ix.byLen[len(t)] = append(ix.byLen[len(t)], int32(i))
	}
	ix.gotoItems = make([]gotoItem, 0, m.nGoto)
	for _, g := range m.gotos {
		ix.gotoItems = append(ix.gotoItems, g...)
	}
	ix.sorted = <-sorted
	return ix
}

// postingChunk is how many postings a chunk holds: chunks, not one growing
// slice, so no posting is copied before finish lays them out.
const postingChunk = 1 << 14

func (m *merger) addPosting(e uint64) {
	if len(m.postings) == 0 || len(m.postings[len(m.postings)-1]) == postingChunk {
		m.postings = append(m.postings, make([]uint64, 0, postingChunk))
	}
	last := &m.postings[len(m.postings)-1]
	*last = append(*last, e)
}

// layPostings gives each term its postings, in the order they were made,
// as slices of one array: a counting sort on the term id.
func (m *merger) layPostings() {
	ix := m.ix
	n := make([]int32, len(ix.vocab))
	total := int32(0)
	for _, c := range m.postings {
		for _, e := range c {
			n[e>>32]++
		}
		total += int32(len(c))
	}
	all := make([]posting, total)
	ix.post = make([][]posting, len(ix.vocab))
	off := int32(0)
	for k, c := range n {
		if c > 0 {
			ix.post[k] = all[off : off : off+c]
		}
		off += c
	}
	for _, c := range m.postings {
		for _, e := range c {
			k := e >> 32
			ix.post[k] = append(ix.post[k], posting(uint32(e)))
		}
	}
	m.postings = nil
}
