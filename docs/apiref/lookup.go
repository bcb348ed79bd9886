package apiref

import (
	"sort"
	"strings"
)

// symInfo is the precomputed lookup form of one symbol.
type symInfo struct {
	fold   string   // folded whole spelling
	method string   // folded last name part: "getconnection"
	verb   string   // curl endpoints only
	path   []string // endpoint path segments, lowercased
}

// index builds the symbol list and its lookup tables.
func (s *Set) index() {
	n := 0
	for _, es := range s.byID {
		n += len(es)
	}
	n *= 2 // title and key; endpoints add a third
	s.syms = make([]Symbol, 0, n)
	s.info = make([]symInfo, 0, n)
	s.names = make(map[string][]int, n)
	seen := make(map[Symbol]bool, n)
	s.idFolds = make(map[string][]string, len(s.byID))
	for id := range s.byID {
		s.idFolds[fold(id)] = append(s.idFolds[fold(id)], id)
	}
	add := func(name string, e *Entry) {
		name = strings.TrimSpace(name)
		sym := Symbol{Name: name, Lang: e.Lang, ID: e.ID, Page: e.Page}
		if name == "" || seen[sym] {
			return
		}
		seen[sym] = true
		i := len(s.syms)
		s.syms = append(s.syms, sym)
		info := symInfo{fold: fold(name), method: fold(methodName(name))}
		if e.Verb != "" && name == e.Verb+" "+e.Title {
			info.verb, info.path = e.Verb, pathSegs(e.Title)
		}
		s.info = append(s.info, info)
		s.names[name] = append(s.names[name], i)
	}
	for _, path := range s.order {
		p := s.pages[path]
		for _, l := range p.Langs {
			for i := range p.ByLang[l] {
				e := &p.ByLang[l][i]
				add(e.Title, e)
				add(e.Key, e)
				if e.Verb != "" {
					add(e.Verb+" "+e.Title, e)
				}
			}
		}
	}
}

// methodName is the last name in a spelling: "sso.getConnection()" →
// "getConnection", "$sso->getConnection()" → "getConnection",
// "class Connection" → "Connection".
func methodName(s string) string {
	if i := strings.IndexByte(s, '('); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, ".>: \\"); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// pathSegs splits an endpoint path; it accepts full URLs and query strings.
func pathSegs(p string) []string {
	if i := strings.Index(p, "://"); i >= 0 {
		p = p[i+3:]
		if j := strings.IndexByte(p, '/'); j >= 0 {
			p = p[j:]
		} else {
			p = "/"
		}
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	var segs []string
	for seg := range strings.SplitSeq(strings.ToLower(p), "/") {
		if seg != "" {
			segs = append(segs, seg)
		}
	}
	return segs
}

func isParam(seg string) bool {
	return strings.HasPrefix(seg, ":") || (strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}"))
}

// pathScore compares a typed path with an endpoint pattern: -1 when they
// differ, else the number of literal segments that matched.
func pathScore(query, pattern []string) int {
	if len(query) != len(pattern) {
		return -1
	}
	lit := 0
	for i, q := range query {
		p := pattern[i]
		switch {
		case q == p:
			if !isParam(p) {
				lit++
			}
		case isParam(p):
			// a concrete value or any spelling of a parameter
		default:
			return -1
		}
	}
	return lit
}

// Match scores, best first: exact spelling or id, endpoint path, folded
// spelling, method name, folded suffix, folded substring.
const (
	scoreExact     = 1000
	scorePath      = 900 // + 2 per literal segment matched
	scoreFold      = 800
	scoreQualified = 750
	scoreMethod    = 700
	scorePathVerb  = 600 // path matched, verb did not
	scoreSuffix    = 400
	scoreContains  = 200
)

func (s *Set) lookup(name string) []Entry {
	if s == nil {
		return nil
	}
	q := strings.TrimSpace(name)
	if q == "" {
		return nil
	}
	s.indexOnce.Do(s.index)
	best := map[string]int{} // id → best score
	hits := map[*Entry]int{} // entry → its best score
	byName := map[int]int{}  // symbol index → score
	note := func(i, score int) {
		if score > byName[i] {
			byName[i] = score
		}
	}
	for _, i := range s.names[q] {
		note(i, scoreExact)
	}
	for _, i := range s.names[q+"()"] {
		note(i, scoreExact)
	}
	if verb, path, ok := splitEndpoint(q); ok {
		segs := pathSegs(path)
		for i, info := range s.info {
			if info.verb == "" {
				continue
			}
			lit := pathScore(segs, info.path)
			switch {
			case lit < 0:
			case verb == info.verb:
				note(i, scorePath+2*lit)
			case verb == "":
				// A bare path most likely means reading it.
				note(i, scorePath+2*lit-1+b2i(info.verb == "GET"))
			default:
				note(i, scorePathVerb+2*lit)
			}
		}
	}
	f := fold(strings.TrimSuffix(q, "()"))
	m := fold(methodName(q))
	if f != "" {
		for i, info := range s.info {
			switch {
			case info.fold == f:
				note(i, scoreFold)
			case len(info.fold) > len(info.method) && strings.HasSuffix(f, info.fold):
				note(i, scoreQualified) // the query adds a namespace: workos.sso.getConnection
			case m != "" && info.method == m:
				note(i, scoreMethod)
			case len(f) >= 3 && strings.HasSuffix(info.fold, f):
				note(i, scoreSuffix)
			case len(f) >= 3 && strings.Contains(info.fold, f):
				note(i, scoreContains)
			}
		}
	}
	for i, score := range byName {
		sym := s.syms[i]
		for _, e := range s.byID[sym.ID] {
			if e.Lang == sym.Lang && e.Page == sym.Page && score > hits[e] {
				hits[e] = score
			}
		}
		if score > best[sym.ID] {
			best[sym.ID] = score
		}
	}
	// An id typed exactly, or in any spelling, names all its entries.
	for _, id := range s.idFolds[f] {
		score := scoreFold
		if id == q {
			score = scoreExact
		}
		best[id] = max(best[id], score)
		for _, e := range s.byID[id] {
			hits[e] = max(hits[e], score)
		}
	}
	return s.ranked(best, hits)
}

// ranked orders ids by score, then by how many entries matched at that
// score, then by id; each id's entries follow, the matching ones first.
func (s *Set) ranked(best map[string]int, hits map[*Entry]int) []Entry {
	ids := make([]string, 0, len(best))
	top := map[string]int{}
	hi := 0
	for _, score := range best {
		hi = max(hi, score)
	}
	for id, score := range best {
		if hi >= scoreMethod && score < scoreSuffix {
			continue // substring noise once a real match exists
		}
		ids = append(ids, id)
		for _, e := range s.byID[id] {
			if hits[e] == score {
				top[id]++
			}
		}
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if best[a] != best[b] {
			return best[a] > best[b]
		}
		if top[a] != top[b] {
			return top[a] > top[b]
		}
		return a < b
	})
	var out []Entry
	for _, id := range ids {
		es := append([]*Entry(nil), s.byID[id]...)
		sort.SliceStable(es, func(i, j int) bool { return hits[es[i]] > hits[es[j]] })
		for _, e := range es {
			out = append(out, *e)
		}
	}
	return out
}

// splitEndpoint recognises "GET /sso/profile", "/sso/profile" and URLs.
func splitEndpoint(q string) (verb, path string, ok bool) {
	v, rest, found := strings.Cut(q, " ")
	if found && isVerb(strings.ToUpper(v)) {
		verb, q = strings.ToUpper(v), strings.TrimSpace(rest)
	}
	if strings.HasPrefix(q, "/") || strings.Contains(q, "://") {
		return verb, q, true
	}
	return "", "", false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
