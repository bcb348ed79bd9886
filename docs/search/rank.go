package search

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
)

// Ranking knobs, set from the evaluation set (see doc.go). Variables only so
// the evaluation test can sweep them.
var (
	minorWeight    = float32(0.3)  // identifier parts when the whole identifier matched
	refPenalty     = float32(0.75) // reference pages for questions that name no API
	langBoost      = float32(1.3)  // pages with a matching symbol in Options.Lang
	phraseBonus    = float32(0.1)  // × fraction of adjacent query word pairs found adjacent
	depthPenalty   = float32(0.03)
	titleBonus     = float32(1.0)  // × (share of the query in the title)²; a title that is all query gets more
	proximityTopK  = 60            // candidates that get the phrase check
	coverageFloor  = float32(0.25) // score share kept by a page matching none of the query's weight
	coveragePow    = float32(1.5)  // how steeply missing query terms cost
	exactBonus     = float32(2)    // pages declaring the endpoint or method the query spells
	topicBonus     = float32(1.0)  // × (share of the query in title, description, path and trail)^topicPow
	topicPow       = float32(1)    // linear: 2 and 3 lost on every query set
	derivWeight    = float32(0.3)  // words sharing a query word's derivational root (derive.go)
	hubPenalty     = float32(0.5)  // hub pages (the API reference root, SDK install pages) the query does not name
	containBonus   = float32(1.0)  // the page's whole title (two words or more) is among the query's words; 0.5 and 2 gained less
	codeBonus      = float32(1.0)  // × share of the query's rare API names and error codes the page spells
	verbWeight     = float32(0.5)  // the API's verb for an everyday one (apiVerbs); 0.3 gained less, 0.7 the same
	askerWeight    = float32(0.5)  // asker words for the docs own (askerWords); 0.3 gained less, 0.7 and 1 the same
	vendorPenalty  = float32(0.5)  // migration and provider guides the query does not name (vendorPage); 0.65 gained less, 0.35 the same
	apiAreaBonus   = float32(1)    // pages of the API reference area an "<area> API" phrase names (names.go); 0.5 gained less, 2 the same
	apiIntentBonus = float32(1)    // API method pages when the question asks for code (apiIntent); 0.5 gained less, 2 the same
	apiChangeBonus = float32(0.5)  // API method pages for a change request naming an API part (apiChange); 0.35 the same, 0.75 and 1 lost the SDK set
	qtfWeight      = float32(1)    // × ln(times a word is repeated): a long question repeats its topic; 0.5 gained less, 2 lost the SDK set
	prefBoost      = float32(2.0)  // the SDK page of the stack the query names (prefer.go); 1.5–3 helped the fresh set alike
)

func pow(x, y float32) float32 { return float32(math.Pow(float64(x), float64(y))) }

// scratch is per-query working memory, pooled.
type scratch struct {
	pageAcc []float32 // page*ng + g
	topic   []bool    // page*ng + g: the group matched the page's title, description, path or trail
	hit     []bool    // page*ng + g: the group matched the page anywhere
	secSlot []int32   // section → slot+1 in secAcc, 0 = untouched
	secAcc  []float32
	touched []int32
	pages   []int32
	pageHit []bool
}

var scratchPool sync.Pool

func (ix *Index) getScratch(ng int) *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.secSlot) != len(ix.secPage) || len(s.pageHit) != len(ix.docs) {
		s = &scratch{secSlot: make([]int32, len(ix.secPage)), pageHit: make([]bool, len(ix.docs))}
	}
	need := len(ix.docs) * ng
	if cap(s.pageAcc) < need {
		s.pageAcc = make([]float32, need)
	}
	s.pageAcc = s.pageAcc[:need]
	clear(s.pageAcc)
	if cap(s.topic) < need {
		s.topic = make([]bool, need)
	}
	s.topic = s.topic[:need]
	clear(s.topic)
	if cap(s.hit) < need {
		s.hit = make([]bool, need)
	}
	s.hit = s.hit[:need]
	clear(s.hit)
	s.secAcc = s.secAcc[:0]
	s.touched = s.touched[:0]
	s.pages = s.pages[:0]
	return s
}

func (ix *Index) putScratch(s *scratch) {
	for _, t := range s.touched {
		s.secSlot[t] = 0
	}
	for _, p := range s.pages {
		s.pageHit[p] = false
	}
	scratchPool.Put(s)
}

// scored is a page with its best section.
type scored struct {
	page, sec int32
	score     float32
}

// Search ranks pages for a full-text query; one hit per page, carrying its best section.
func (ix *Index) Search(q string, o Options) Result {
	res := Result{Query: q, Hits: []Hit{}}
	if ix == nil || len(ix.docs) == 0 {
		return res
	}
	qy := ix.parse(q)
	res.DidYouMean = nil
	if qy.didYouMean != "" {
		res.DidYouMean = []string{qy.didYouMean}
	}
	if len(qy.pref.Words) > 0 {
		p := qy.pref
		res.Prefer = &p
	}
	if len(qy.groups) == 0 {
		return res
	}
	ranked := ix.rank(qy, o)
	res.Total = len(ranked)
	limit := o.Limit
	if limit <= 0 {
		limit = 10
	}
	off := max(o.Offset, 0)
	if off >= len(ranked) {
		return res
	}
	ranked = ranked[off:min(off+limit, len(ranked))]
	for _, r := range ranked {
		res.Hits = append(res.Hits, ix.hit(qy, r))
	}
	return res
}

// rank scores every matching page.
func (ix *Index) rank(qy query, o Options) []scored {
	ng := len(qy.groups)
	s := ix.getScratch(ng)
	defer ix.putScratch(s)
	inScope := ix.scopeFilter(o.Scope)
	for g, gr := range qy.groups {
		for _, a := range gr.alts {
			for _, p := range ix.post[a.term] {
				unit, f := p.unit(), p.field()
				page := unit
				if !pageField(f) {
					page = int(ix.secPage[unit])
				}
				if inScope != nil && !inScope[page] {
					continue
				}
				norm := 1 - fieldB[f] + fieldB[f]*ix.fieldLen(unit, f)/ix.avgLen[f]
				c := a.w * fieldWeight[f] * float32(p.tf()) / 2 / norm
				if !s.pageHit[page] {
					s.pageHit[page] = true
					s.pages = append(s.pages, int32(page))
				}
				s.hit[page*ng+g] = true
				if pageField(f) {
					s.pageAcc[page*ng+g] += c
					if f != fSym && a.w >= 0.5 {
						s.topic[page*ng+g] = true
					}
					continue
				}
				slot := s.secSlot[unit]
				if slot == 0 {
					s.secAcc = append(s.secAcc, make([]float32, ng)...)
					slot = int32(len(s.secAcc) / ng)
					s.secSlot[unit] = slot
					s.touched = append(s.touched, int32(unit))
				}
				s.secAcc[int(slot-1)*ng+g] += c
			}
		}
	}
	var totalIDF float32
	for _, g := range qy.groups {
		if !g.minor {
			totalIDF += g.idf
		}
	}
	if totalIDF == 0 {
		totalIDF = 1
	}
	qy.termSets()
	best := make(map[int32]scored, len(s.pages))
	tf := make([]float32, ng)
	// score is BM25 over the summed field evidence, scaled by IDF-weighted coverage.
	score := func(page int32, row []float32) float32 {
		var sc, covered float32
		for g := range ng {
			tf[g] = s.pageAcc[int(page)*ng+g]
			if row != nil {
				tf[g] += row[g]
			}
			if tf[g] == 0 {
				continue
			}
			w := qy.groups[g].idf * tf[g] * (k1 + 1) / (k1 + tf[g])
			if qy.groups[g].minor {
				w *= minorWeight
			} else {
				covered += qy.groups[g].idf
			}
			sc += w
		}
		cov := covered / totalIDF
		return sc * (coverageFloor + (1-coverageFloor)*pow(cov, coveragePow))
	}
	for _, sec := range s.touched {
		page := ix.secPage[sec]
		sc := score(page, s.secAcc[int(s.secSlot[sec]-1)*ng:int(s.secSlot[sec])*ng])
		if b, ok := best[page]; !ok || sc > b.score {
			best[page] = scored{page, sec, sc}
		}
	}
	for _, p := range s.pages {
		if _, ok := best[p]; !ok {
			best[p] = scored{p, ix.firstSec[p], score(p, nil)}
		}
	}
	out := make([]scored, 0, len(best))
	for _, b := range best {
		b.score *= ix.prior(qy, o, int(b.page), rareHit(qy, s.hit[int(b.page)*ng:int(b.page+1)*ng]))
		if codeBonus > 0 {
			b.score *= 1 + codeBonus*codeCoverage(qy, s.hit[int(b.page)*ng:int(b.page+1)*ng])
		}
		if len(qy.exact) == 0 { // an endpoint or method spelled out is matched by name, not topic
			b.score *= 1 + topicBonus*pow(topicCoverage(qy, s.topic[int(b.page)*ng:int(b.page+1)*ng]), topicPow)
		}
		out = append(out, b)
	}
	sortScored(out)
	if len(qy.seq) >= 2 {
		k := min(len(out), proximityTopK)
		for i := range out[:k] {
			out[i].score *= 1 + phraseBonus*ix.adjacency(qy.seq, out[i])
		}
		sortScored(out)
	}
	ix.voteByLinks(out)
	ix.promoteNamed(out, qy.named)
	return out
}

func sortScored(out []scored) {
	slices.SortFunc(out, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.page, b.page)
	})
}

// prior adjusts a page's score for what kind of page it is; rare is rareHit's answer for it.
func (ix *Index) prior(qy query, o Options, page int, rare bool) float32 {
	p := float32(1)
	// API method pages lose to guides on questions that name no API; reference
	// overviews without symbols (pagination, rate limits, errors) do not.
	if ix.isRef[page] && len(ix.docs[page].Symbols) > 0 {
		if !qy.ident && !qy.apiIntent && !qy.apiChange {
			p *= refPenalty
		}
		if qy.apiIntent {
			p *= 1 + apiIntentBonus
		} else if qy.apiChange {
			p *= 1 + apiChangeBonus
		}
	}
	path := ix.docs[page].Path
	sdkPage := strings.HasPrefix(path, "sdks/")
	exact := slices.Contains(qy.exact, int32(page))
	if exact && (sdkPage || !isHub(path)) {
		p *= 1 + exactBonus
	}
	if qy.framed && int32(page) != qy.named && ix.frameTitle(page) {
		p *= hubPenalty // the generic errors page, for a pasted error: its words are all frame
	}
	if isHub(path) && int32(page) != qy.named {
		switch {
		case sdkPage && qy.pref.SDK != "" && path == "sdks/"+qy.pref.SDK:
			p *= prefBoost // the SDK the asker uses
		case sdkPage && exact:
			// a helper the SDK page declares: the page is its documentation
		case sdkPage && rare:
			// it spells a rare name of the query (an option, an env var): its README documents it
		default:
			p *= hubPenalty
		}
	}
	if vendorPenalty < 1 && ix.vendorPage(qy, page) {
		p *= vendorPenalty
	}
	if qy.apiArea != "" && (path == qy.apiArea || strings.HasPrefix(path, qy.apiArea+"/")) {
		p *= 1 + apiAreaBonus
	}
	p *= 1 + titleBonus*ix.titleCoverage(qy, page)
	if containBonus > 0 && len(qy.exact) == 0 && ix.titleInQuery(qy, page) {
		p *= 1 + containBonus
	}
	p *= 1 - depthPenalty*float32(min(ix.docs[page].Depth, 6))
	lang := strings.ToLower(o.Lang)
	if lang == "" {
		lang = qy.lang
	}
	if lang != "" {
		for _, t := range ix.langSyms[page][lang] {
			if qy.terms[t] {
				return p * langBoost
			}
		}
	}
	return p
}

// vendorPage reports a page about one other product that the query does not
// name: a migration guide (migrate/stytch) or a provider's setup guide
// (integrations/okta-scim). They are long and touch every topic, so they
// match questions that are about WorkOS itself; naming the product (its
// title) or asking about migrating brings them back.
func (ix *Index) vendorPage(qy query, page int) bool {
	path := ix.docs[page].Path
	migrate := strings.HasPrefix(path, "migrate/")
	if !migrate && !strings.HasPrefix(path, "integrations/") {
		return false
	}
	for _, t := range ix.titleSeq[page] {
		if qy.strong[t] && !stopWords[ix.vocab[t]] && int(ix.df[t]) <= maxVendorDF {
			return false
		}
	}
	// "GitHub" is one title word, "github" in the path; "ADFS" is "ad-fs" in
	// the path, so two parts joined count too. A common word in a path
	// ("next" of next-auth) is no product name.
	parts := strings.Split(path[strings.LastIndexByte(path, '/')+1:], "-")
	for i, part := range parts {
		words := []string{part}
		if i+1 < len(parts) {
			words = append(words, part+parts[i+1])
		}
		for _, w := range words {
			if id, ok := ix.termID[stem(w)]; ok && qy.strong[id] && int(ix.df[id]) <= maxVendorDF {
				return false
			}
		}
	}
	return !(migrate && qy.migrate)
}

// maxVendorDF is the most pages a word of a provider's title or path may be
// on and still name the provider ("okta", "google"; not "next" of NextAuth).
// 30 and 40 lost "sign in with their Google account"; 80 measured the same.
const maxVendorDF = 60

// frameTitle reports a page titled only with error-frame words ("Errors"):
// the generic errors page, which every pasted error matches by its frame.
func (ix *Index) frameTitle(page int) bool {
	t := ix.titleSeq[page]
	for _, id := range t {
		if !errorFrame[ix.vocab[id]] {
			return false
		}
	}
	return len(t) > 0
}

// isHub reports pages that list or install rather than explain: the API
// reference root ("Getting started") and the SDK pages. They share words
// with every question that names an SDK, so they win only when the query
// names them: their title or path, or for an SDK page the stack it names or
// a helper it declares. The root's declared helpers (withAuth, useAuth…) are
// a registry pointing at the SDKs' own docs, not its content: spelling one
// does not name the root.
func isHub(path string) bool {
	return path == "reference" || strings.HasPrefix(path, "sdks/")
}

// scopeFilter marks the pages inside scope, or nil for no scope.
func (ix *Index) scopeFilter(scope string) []bool {
	scope = strings.Trim(strings.TrimSpace(scope), "/")
	if scope == "" {
		return nil
	}
	in := make([]bool, len(ix.docs))
	for i, d := range ix.docs {
		in[i] = d.Path == scope || strings.HasPrefix(d.Path, scope+"/")
	}
	return in
}

// adjacency is the fraction of consecutive query word pairs that appear next
// to each other (at most two words apart, in order) in the title or the best section.
func (ix *Index) adjacency(seq []int32, r scored) float32 {
	pairs := len(seq) - 1
	found := 0
	for i := 0; i < pairs; i++ {
		if near(ix.titleSeq[r.page], seq[i], seq[i+1]) || near(ix.secSeq[r.sec], seq[i], seq[i+1]) {
			found++
		}
	}
	return float32(found) / float32(pairs)
}

func near(text []int32, a, b int32) bool {
	for i, t := range text {
		if t != a {
			continue
		}
		for j := i + 1; j < len(text) && j <= i+3; j++ {
			if text[j] == b {
				return true
			}
		}
	}
	return false
}

// titleCoverage is the squared IDF-weighted share of query terms found in the
// page title, plus 0.5 when the title has no other words than query terms.
func (ix *Index) titleCoverage(qy query, page int) float32 {
	title := ix.titleSeq[page]
	if len(title) == 0 {
		return 0
	}
	var covered, total float32
	in := func(t int32) bool {
		for _, g := range qy.groups {
			for _, a := range g.alts {
				if a.term == t && a.w >= 0.5 {
					return true
				}
			}
		}
		return false
	}
	for _, g := range qy.groups {
		if g.minor {
			continue
		}
		total += g.idf
		for _, a := range g.alts {
			if a.w >= 0.5 && slices.Contains(title, a.term) {
				covered += g.idf
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	cov := covered / total
	cov *= cov
	if cov > 0.99 {
		whole := true
		for _, t := range title {
			if !in(t) && !stopWords[ix.vocab[t]] {
				whole = false
				break
			}
		}
		if whole {
			cov += 0.5
		}
	}
	return cov
}

// codeCoverage is the IDF-weighted share of the query's rare API names and
// error codes (group.code) that the page spells anywhere, 0 if it has none.
func codeCoverage(qy query, hit []bool) float32 {
	return coverage(qy, hit, func(g *group) bool { return g.code })
}

// titleInQuery reports a title of two or more content words all of which
// the query has: a long question that names the page among other words
// ("…we need the list of organization memberships…").
func (ix *Index) titleInQuery(qy query, page int) bool {
	n := 0
	for _, t := range ix.titleSeq[page] {
		if qy.strong[t] {
			n++
		} else if !stopWords[ix.vocab[t]] {
			return false
		}
	}
	return n >= 2 && qy.words > n // a query that is the title is named (titleCoverage), not contained
}

// termSets sets qy.terms, every index term the query matches, qy.strong,
// those it matches closely (alternatives weighing 0.5 or more), and
// qy.words, its scored words: priors look terms up per page.
func (qy *query) termSets() {
	qy.terms = make(map[int32]bool, 4*len(qy.groups))
	qy.strong = make(map[int32]bool, 2*len(qy.groups))
	qy.words = 0
	for _, g := range qy.groups {
		if !g.minor {
			qy.words++
		}
		for _, a := range g.alts {
			qy.terms[a.term] = true
			if a.w >= 0.5 {
				qy.strong[a.term] = true
			}
		}
	}
}

// topicCoverage is the IDF-weighted share of the query's terms that the page
// itself is about: found in its title, description, path or navigation trail
// (which holds the texts other pages link to it with).
// It lets the page whose whole topic is the question beat a long tutorial
// where one section's prose happens to mention every word.
func topicCoverage(qy query, hit []bool) float32 {
	return coverage(qy, hit, func(g *group) bool { return !g.minor })
}

// coverage is the IDF-weighted share of the query groups that count which
// hit marks, 0 when none count.
func coverage(qy query, hit []bool, counts func(*group) bool) float32 {
	var covered, total float32
	for g := range qy.groups {
		gr := &qy.groups[g]
		if !counts(gr) {
			continue
		}
		total += gr.idf
		if hit[g] {
			covered += gr.idf
		}
	}
	if total == 0 {
		return 0
	}
	return covered / total
}

// rareHit reports a page with one of the query's rare identifiers (group.rare).
func rareHit(qy query, hit []bool) bool {
	for g := range qy.groups {
		if qy.groups[g].rare && hit[g] {
			return true
		}
	}
	return false
}
