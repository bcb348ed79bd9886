package search

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// nameLead is how far the page a query names outright leads the next hit:
// its title, path or last path segment says what the whole query says ("sso"
// → the SSO overview, "user management" → the AuthKit overview). It goes
// first whatever its score: a name shared by most of the corpus ("authkit")
// has an IDF near zero, so no multiplier on it could be sure to lift it.
const nameLead = 1.1

// nameKey reduces a title, path or query to its content words: folded and
// stemmed, synonym phrases replaced by their token, stop words and single
// letters dropped (unless nothing else is left), joined by spaces. Two texts
// with the same key name the same thing.
func nameKey(text string) string {
	var buf [3][8]string
	return nameKeyBuf(text, buf[0][:0], buf[1][:0], buf[2][:0])
}

// nameKeyBuf is nameKey with scratch slices, so short names allocate little.
func nameKeyBuf(text string, words, kept, weak []string) string {
	tokenize(strings.ReplaceAll(text, "/", " "), func(t token) {
		if !t.whole {
			words = append(words, t.term)
		}
	})
	for i := 0; i < len(words); i++ {
		w := words[i]
		if canon, n := synonymAt(words, i); n > 0 {
			w = canon
			i += n - 1
		}
		weak = append(weak, w)
		if !stopWords[w] && utf8.RuneCountInString(w) > 1 {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		kept = weak
	}
	return strings.Join(kept, " ")
}

// pageNames maps each page's name keys (title, path, last path segment) to
// the pages bearing them, in page order.
func pageNames(docs []Doc) map[string][]int32 {
	names := make(map[string][]int32, 3*len(docs))
	for p, d := range docs {
		last := d.Path[strings.LastIndexByte(d.Path, '/')+1:]
		for _, s := range [...]string{d.Title, d.Path, last} {
			k := nameKey(s)
			if k == "" {
				continue
			}
			if ps := names[k]; len(ps) == 0 || ps[len(ps)-1] != int32(p) {
				names[k] = append(ps, int32(p))
			}
		}
	}
	return names
}

// named is the page the query names outright: of the pages whose title,
// path or last path segment has the query's key, the one shallowest in the
// path, the area overview before its subpages. A name shared by several
// equally shallow pages ("get", "list" in the API reference) names none of
// them: -1.
func (ix *Index) named(q string) int32 {
	ps := ix.names[nameKey(q)]
	best, tie := int32(-1), false
	for _, p := range ps {
		if best < 0 {
			best = p
			continue
		}
		switch c := ix.shallower(p, best); {
		case c < 0:
			best, tie = p, false
		case c == 0:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// shallower compares pages by path depth. Not by navigation depth: the
// navigation may list a page of another area higher than an area's own
// overview ("custom-domains/authkit" above "authkit"), and among API
// reference pages named alike ("reference/…/list") it would pick one at random.
func (ix *Index) shallower(a, b int32) int {
	return strings.Count(ix.docs[a].Path, "/") - strings.Count(ix.docs[b].Path, "/")
}

// promoteNamed moves the named page to the front of ranked hits, scoring it
// above the former first so scores stay in order.
func (ix *Index) promoteNamed(out []scored, named int32) {
	if named < 0 {
		return
	}
	for i := range out {
		if out[i].page != named {
			continue
		}
		if i > 0 {
			r := out[i]
			r.score = max(r.score, out[0].score*nameLead)
			copy(out[1:i+1], out[:i])
			out[0] = r
		}
		return
	}
}

// apiArea is the API reference area a query names as "<area> API" ("the
// Events API", "Domain Verification APIs"): its root page is titled or
// pathed with the words before "API". "" when there is none.
func (ix *Index) apiArea(q string) string {
	var words []string
	rawWords(q, func(w string, _, _ int) { words = append(words, strings.TrimRight(w, ".,:;")) })
	for i, w := range words {
		if !strings.EqualFold(w, "api") && !strings.EqualFold(w, "apis") {
			continue
		}
		for k := min(3, i); k >= 1; k-- {
			if slices.ContainsFunc(words[i-k:i], func(w string) bool { return stopWords[strings.ToLower(w)] }) {
				continue // "send beacons to the API": the words right before "API" must all name
			}
			key := nameKey(strings.Join(words[i-k:i], " "))
			if key == "" {
				continue
			}
			for _, p := range ix.names[key] {
				path := ix.docs[p].Path
				if strings.HasPrefix(path, "reference/") && strings.Count(path, "/") == 1 {
					return path
				}
			}
		}
	}
	return ""
}

// docsLink is a link to a WorkOS docs page pasted into a question ("the
// docs at https://workos.com/docs/reference/sso/connection say…"); group 1
// is the page path.
var docsLink = regexp.MustCompile(`(?i)\bhttps?://(?:www\.)?workos\.com/docs/([a-z0-9/_-]+)`)

// linkedPage is the page a docs link in the query points to, or -1. Links
// copied from older docs may name a page by its former address: the
// "user-management" area is now "authkit" (synonyms.go), and a page no
// longer there resolves to the sibling whose last segment ends in the same
// word ("…/directory-sync/user" → "…/directory-sync/directory-user") or
// else to its nearest existing parent.
func (ix *Index) linkedPage(q string) int32 {
	for _, m := range docsLink.FindAllStringSubmatch(q, 4) {
		p := strings.Trim(strings.ToLower(m[1]), "/")
		renamed := strings.ReplaceAll(p, "user-management", "authkit")
		for _, cand := range []string{p, renamed} {
			if pg := ix.pageAt(cand); pg >= 0 {
				return pg
			}
		}
		for leaf := renamed; strings.Contains(leaf, "/"); {
			dir, last, _ := cutLast(leaf)
			if pg := ix.pageAt(dir); pg >= 0 {
				for i, d := range ix.docs {
					if pd, pl, _ := cutLast(d.Path); pd == dir && strings.HasSuffix(pl, "-"+last) {
						return int32(i)
					}
				}
				return pg
			}
			leaf = dir
		}
	}
	return -1
}

// cutLast splits a path at its last slash.
func cutLast(p string) (dir, last string, ok bool) {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return "", p, false
	}
	return p[:i], p[i+1:], true
}

// pageAt is the page with the path, or -1.
func (ix *Index) pageAt(path string) int32 {
	for i, d := range ix.docs {
		if d.Path == path {
			return int32(i)
		}
	}
	return -1
}
