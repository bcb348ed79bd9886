package search

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/junegunn/fzf/src/algo"
)

// Fields of the index. Page-level fields are stored per page, section-level per section.
const (
	fTitle = iota // page title
	fPath         // page path segments
	fDesc         // page description
	fSym          // API symbols of the page
	fTrail        // titles of the page's ancestors in the navigation, and the texts other pages link to it with
	fHead         // the section's heading and its parents'
	fBody         // the section's prose
	fCode         // the section's code blocks
	nFields
)

func pageField(f int) bool { return f < fHead }

// Field weights and length normalisation (BM25F). The description weighs as
// prose: 1.5 lost 0.016 summed MRR once the SDK guides were in (1.25 −0.002, 0.75 −0.015).
// The trail weighs 0.75 since it holds the link texts too (1 −0.015, 0.5 −0.003).
var (
	fieldWeight = [nFields]float32{fTitle: 3, fPath: 2, fDesc: 1, fSym: 2.5, fTrail: 0.75, fHead: 2, fBody: 1, fCode: 0.5}
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

	secPage    []int32    // section → page
	firstSec   []int32    // page → its first section
	secLen     [][3]int32 // section → lengths of fHead, fBody, fCode
	pageLen    [][5]int32 // page → lengths of fTitle, fPath, fDesc, fSym, fTrail
	avgLen     [nFields]float32
	secSeq     [][]int32 // section → heading+prose term ids in reading order
	titleSeq   [][]int32 // page → title term ids
	isRef      []bool    // page is in the API reference
	langSyms   []map[string][]int32
	maxDepth   int
	gotoItems  []gotoItem
	surfaces   map[int32][]string // term → the first spellings seen in the text that differ from it
	verbatim   []bool             // term → the text spells it exactly so (it is a word, not only a stem)
	symKey     map[string][]int32 // symbolKey → pages declaring it
	names      map[string][]int32 // nameKey of a title, path or last path segment → pages (names.go)
	links      [][]int32          // page → the pages it links to (links.go)
	secLinks   [][]int32          // section → the pages its links point to
	inlinks    []int32            // page → how many pages link to it
	titleWords map[string]bool    // lower-case words of the page titles, as spelled (query.go brandSpans)
}

// Build indexes docs. Pages are analysed on every core (Markdown to text,
// tokens, stems, identifier parts); the merger then numbers terms and lays
// out postings in page order, so the index is the same as a one-core build.
func Build(docs []Doc) *Index {
	return buildWith(docs, runtime.GOMAXPROCS(0))
}

// building is the shared state of one Build.
type building struct {
	docs    []Doc
	out     []docTerms
	done    []atomic.Bool // out[p] is filled
	next    atomic.Int64  // next page to analyse
	mu      sync.Mutex    // held while merging
	merged  int           // pages merged; under mu
	m       *merger
	workers []*worker
}

// buildWith builds with n analysis workers, the caller being one of them.
func buildWith(docs []Doc, n int) *Index {
	algoInit.Do(func() { algo.Init("default") })
	n = max(1, min(n, len(docs)))
	b := &building{docs: docs, out: make([]docTerms, len(docs)), done: make([]atomic.Bool, len(docs)), m: newMerger(docs)}
	for id := range n {
		b.workers = append(b.workers, newWorker(id))
	}
	var wg sync.WaitGroup
	for _, w := range b.workers[1:] {
		wg.Go(func() { b.work(w) })
	}
	b.work(b.workers[0])
	wg.Wait()
	b.mu.Lock()
	b.mergeReady() // normally a no-op: workers merge as they go
	b.mu.Unlock()
	ix := b.m.finish()
	ix.names = pageNames(docs)
	ix.titleWords = titleWords(docs)
	ix.linkGraph(docs)
	return ix
}

// work analyses pages until none is left, merging those ready in order.
func (b *building) work(w *worker) {
	for {
		p := int(b.next.Add(1) - 1)
		if p >= len(b.docs) {
			return
		}
		w.analyze(p, &b.docs[p], &b.out[p])
		b.done[p].Store(true)
		b.advance()
	}
}

// advance merges the pages ready in order, unless another worker is at it.
// Whoever holds the lock re-checks after letting go, so a page marked done
// while the lock was taken is never left behind.
func (b *building) advance() {
	for b.mu.TryLock() {
		p := b.mergeReady()
		b.mu.Unlock()
		if p == len(b.docs) || !b.done[p].Load() {
			return
		}
	}
}

// mergeReady merges pages in order while they are done, and returns the
// first page not merged. b.mu must be held.
func (b *building) mergeReady() int {
	p := b.merged
	for ; p < len(b.docs) && b.done[p].Load(); p++ {
		d := &b.out[p]
		b.m.merge(p, d)
		b.workers[d.worker].recycle(d.bufs)
		*d = docTerms{} // done with it: let the collector have it
	}
	b.merged = p
	return p
}

// fieldLen is the length of field f for a unit (page or section).
func (ix *Index) fieldLen(unit, f int) float32 {
	if pageField(f) {
		return float32(ix.pageLen[unit][f])
	}
	return float32(ix.secLen[unit][f-fHead])
}
