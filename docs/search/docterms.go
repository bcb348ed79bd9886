package search

import "strings"

// docTerms is one page analysed by a worker, with terms named by the worker's
// own ids (lids). It holds everything Build needs from the page but global
// term ids, which the merger assigns in page order: the index comes out the
// same whatever the scheduling.
type docTerms struct {
	*bufs
	worker    int
	titleSeq  span
	langSyms  map[string][]int32 // lids of the symbols per SDK language; nil if none
	pageLen   [5]int32
	gotoItems []gotoItem
	ref       bool
}

// bufs are the slices of a docTerms the merger hands back to the worker
// once merged, so a build allocates them a few times, not once per page.
type bufs struct {
	newTerms []string    // terms the worker's lexicon first met here, in lid order
	surf     []surface   // spellings that differ from their term, the first maxSpellings per lid and worker
	verbatim []int32     // lids the text spells exactly as the term, once per worker
	posts    []fieldPost // one per posted field, in Build's order
	counts   []termCount // the posted fields' term counts; fieldPost spans index it
	seq      []int32     // lids in reading order: the title, then each section
	secSeq   []span
	secLen   [][3]int32
	symKeys  []string // symbolKey of each symbol that has one, in order
}

func (b *bufs) reset() {
	b.newTerms, b.surf, b.verbatim, b.posts, b.counts = b.newTerms[:0], b.surf[:0], b.verbatim[:0], b.posts[:0], b.counts[:0]
	b.seq, b.secSeq, b.secLen, b.symKeys = b.seq[:0], b.secSeq[:0], b.secLen[:0], b.symKeys[:0]
}

type span struct{ lo, hi int32 }

type surface struct {
	lid int32
	raw string
}

// fieldPost is one field of the page (sec < 0) or of its section sec.
type fieldPost struct {
	field, sec int32
	counts     span
}

// termCount is a term's count in a field, in half units (see post).
type termCount struct{ lid, n int32 }

// worker analyses pages into docTerms. Its lexicon persists across the pages
// it takes, so the merger resolves each of its terms to a global id once.
type worker struct {
	id      int
	lex     map[string]int32
	count   []int32  // lid → count in the current field (half units)
	spellAt []int32  // lid → 1 + index in spells of its maxSpellings slots, 0 before its first differing spelling
	spells  []string // slots of differing spellings handed over, "" when free
	verb    []bool   // lid → a verbatim spelling was handed over
	keys    []int32  // lids of the current field, in order of first use
	ids     []int32  // lids of the text just analysed
	hp      []string
	seen    map[string]bool
	a       analyzed
	out     *docTerms
	free    chan *bufs // merged pages' buffers, back from the merger
}

func newWorker(id int) *worker {
	return &worker{id: id, lex: make(map[string]int32, 1<<12), seen: map[string]bool{}, free: make(chan *bufs, 4)}
}

// recycle hands b back to the worker if it has room; never blocks.
func (w *worker) recycle(b *bufs) {
	select {
	case w.free <- b:
	default:
	}
}

// lid returns the worker's id for term t, adding it to the lexicon.
func (w *worker) lid(t string) int32 {
	if v, ok := w.lex[t]; ok {
		return v
	}
	v := int32(len(w.count))
	w.lex[t] = v
	w.out.newTerms = append(w.out.newTerms, t)
	w.count = append(w.count, 0)
	w.spellAt = append(w.spellAt, 0)
	w.verb = append(w.verb, false)
	return v
}

// terms analyzes text into w.a and sets w.ids; it notes how terms are spelt
// in the text, for suggestions.
func (w *worker) terms(text string) {
	w.a.reset(text)
	w.ids = w.ids[:0]
	out := w.out
	for i, t := range w.a.terms {
		k := w.lid(t)
		w.ids = append(w.ids, k)
		raw := w.a.raw[i]
		if raw == t || strings.EqualFold(raw, t) {
			if !w.verb[k] {
				out.verbatim = append(out.verbatim, k)
				w.verb[k] = true
			}
			continue
		}
		if len(raw) > 40 {
			continue
		}
		if w.spellAt[k] == 0 {
			w.spellAt[k] = int32(len(w.spells)) + 1
			w.spells = append(w.spells, make([]string, maxSpellings)...)
		}
		slots := w.spells[w.spellAt[k]-1:][:maxSpellings]
		for j, sp := range slots {
			if sp == "" {
				out.surf = append(out.surf, surface{k, raw})
				slots[j] = raw
				break
			}
			if strings.EqualFold(sp, raw) {
				break
			}
		}
	}
}

// seq appends the reading order of the text just analyzed to out.seq.
func (w *worker) seq() {
	for _, i := range w.a.seq {
		w.out.seq = append(w.out.seq, w.ids[i])
	}
}

// add analyzes text and posts it; it returns the field length.
func (w *worker) add(field, sec int, text string) int32 {
	w.terms(text)
	return w.post(field, sec)
}

// post counts the text just analyzed as field of the page (sec < 0) or of
// its section sec, and returns the field length.
func (w *worker) post(field, sec int) int32 {
	// Counts are in half units: an identifier part weighs half a word
	// ("LinkedIn" is barely about linking), except in symbols and paths,
	// where parts are how names are spelt.
	w.keys = w.keys[:0]
	weak := field != fSym && field != fPath
	for i, k := range w.ids {
		if w.count[k] == 0 {
			w.keys = append(w.keys, k)
		}
		if weak && w.a.part[i] {
			w.count[k]++
		} else {
			w.count[k] += 2
		}
	}
	out := w.out
	lo := int32(len(out.counts))
	for _, k := range w.keys {
		out.counts = append(out.counts, termCount{k, w.count[k]})
		w.count[k] = 0
	}
	out.posts = append(out.posts, fieldPost{int32(field), int32(sec), span{lo, int32(len(out.counts))}})
	return int32(len(w.ids))
}

func isRefPath(path string) bool {
	return path == "reference" || strings.HasPrefix(path, "reference/")
}

// analyze fills out from page p. The order of its calls to terms is the
// order in which the index meets terms: the merger numbers them by it.
func (w *worker) analyze(p int, d *Doc, out *docTerms) {
	w.out = out
	out.worker = w.id
	select {
	case out.bufs = <-w.free:
		out.bufs.reset()
	default:
		out.bufs = &bufs{}
	}
	out.ref = isRefPath(d.Path)
	w.terms(d.Title)
	w.seq()
	out.titleSeq = span{0, int32(len(out.seq))}
	out.pageLen[fTitle] = w.post(fTitle, -1)
	out.pageLen[fPath] = w.add(fPath, -1, strings.ReplaceAll(d.Path, "/", " "))
	out.pageLen[fDesc] = w.add(fDesc, -1, d.Description)
	for i, s := range d.Symbols {
		if k := symbolKey(s); k != "" {
			out.symKeys = append(out.symKeys, k)
			out.symKeys = append(out.symKeys, endpointAliases(k)...)
		}
		if i < len(d.SymbolLangs) && d.SymbolLangs[i] != "" {
			w.terms(s)
			if out.langSyms == nil {
				out.langSyms = map[string][]int32{}
			}
			out.langSyms[d.SymbolLangs[i]] = append(out.langSyms[d.SymbolLangs[i]], w.ids...)
		}
	}
	for _, t := range d.TypeNames {
		if k := symbolKey(t); k != "" {
			out.symKeys = append(out.symKeys, k)
		}
	}
	out.pageLen[fSym] = w.add(fSym, -1, strings.Join(d.Symbols, "\n"))
	out.pageLen[fTrail] = w.add(fTrail, -1, d.Trail+"\n"+strings.Join(d.LinkText, "\n"))
	secs := d.Sections
	if len(secs) == 0 {
		secs = []Section{{}} // a page without text still has its title
	}
	var stack []Section // heading path: enclosing headings by level
	for sec, s := range secs {
		for len(stack) > 0 && stack[len(stack)-1].Level >= s.Level && s.Level > 0 {
			stack = stack[:len(stack)-1]
		}
		hp := w.hp[:0]
		for _, h := range stack {
			hp = append(hp, h.Heading)
		}
		hp = append(hp, s.Heading)
		w.hp = hp
		if s.Level > 0 {
			stack = append(stack, s)
		}
		var sl [3]int32
		w.terms(s.Heading)
		lo := int32(len(out.seq))
		w.seq()
		if len(hp) > 1 {
			sl[0] = w.add(fHead, sec, strings.Join(hp, "\n"))
		} else {
			sl[0] = w.post(fHead, sec) // the heading path is the heading
		}
		prose, code := plainText(s.Markdown)
		w.terms(prose)
		w.seq()
		out.secSeq = append(out.secSeq, span{lo, int32(len(out.seq))})
		sl[1] = w.post(fBody, sec)
		sl[2] = w.add(fCode, sec, code)
		out.secLen = append(out.secLen, sl)
	}
	out.gotoItems = w.appendGoTo(make([]gotoItem, 0, 2+len(d.Sections)+len(d.Symbols)), d, out.ref)
	w.out = nil
}

// maxSpellings bounds the differing spellings kept per term for suggestions.
const maxSpellings = 3

// hasFold reports whether list holds s, ignoring case.
func hasFold(list []string, s string) bool {
	for _, l := range list {
		if strings.EqualFold(l, s) {
			return true
		}
	}
	return false
}
