package search

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search/english"
)

// maxQueryBytes bounds the work a query can cause; longer input is cut.
const maxQueryBytes = 512

// maxGroups bounds the number of scored query terms.
const maxGroups = 24

// maxRelatives bounds the derivational relatives one query word matches.
const maxRelatives = 4

// maxCodeDF is the most pages an API name or error code may appear on and
// still be looked up as a symbol: rarer than that, the pages that spell it
// (an error-code table, the method's page) answer for it.
const maxCodeDF = 12

// isCodeWord reports an error code or error class as typed: snake_case that
// is not a field name (invalid_grant, organization_selection_required, not
// organization_id or expires_in), or a name ending in Error or Exception.
func isCodeWord(raw string) bool {
	if strings.HasSuffix(raw, "Error") || strings.HasSuffix(raw, "Exception") {
		return strings.ToLower(raw) != raw
	}
	if !strings.Contains(raw, "_") || strings.ToLower(raw) != raw {
		return false
	}
	for _, suf := range fieldSuffixes {
		if strings.HasSuffix(raw, suf) {
			return false
		}
	}
	return true
}

// fieldSuffixes end the names of fields, not of codes.
var fieldSuffixes = []string{"_id", "_ids", "_at", "_in", "_url", "_uri", "_by", "_type", "_name", "_key", "_token"}

// maxCorrections bounds the typo look-ups of one query (each scans part of the vocabulary).
const maxCorrections = 6

// alt is one index term a query term may match, with a weight for how
// exactly it matches (exact 1, prefix or typo less).
type alt struct {
	term int32
	w    float32
}

// group is one query term: any of its alternatives counts as a match.
type group struct {
	alts  []alt
	idf   float32
	minor bool // a part of an identifier whose whole form matched: scored lightly, not needed for coverage
	code  bool // a rare API name or error code spelled whole (invalid_grant, loadSealedSession): looked up first
	rare  bool // an identifier spelled whole that few pages use (cookieName, NEXT_PUBLIC_WORKOS_REDIRECT_URI)
}

// query is a parsed query.
type query struct {
	groups     []group
	ident      bool    // looks like an API name: prefer the reference
	lang       string  // SDK language named beside other words ("node sdk list users"), as Options.Lang
	exact      []int32 // pages declaring an API name the query spells exactly
	seq        []int32 // primary term per scored word in order, for the phrase bonus
	didYouMean string  // the query with typos corrected, or ""
	named      int32   // the page the query names outright (names.go), or -1
	apiArea    string  // the API reference area an "<area> API" phrase names ("reference/events"), or ""
	pref       Preference
	migrate    bool           // asks about migrating or importing from another product
	apiChange  bool           // a change request naming a part of the API ("Add a provider parameter to …"): the reference answers
	apiIntent  bool           // asks to do it from code ("programmatically", "via the API"): the reference answers
	framed     bool           // a pasted error: frame words beside an API name or several words (markErrorFrame)
	terms      map[int32]bool // every term matched, set by termSets for the priors
	strong     map[int32]bool // terms matched closely, set by termSets
	words      int            // scored (not minor) words, set by termSets
}

// qword is one term of the query text before expansion.
type qword struct {
	term       string
	raw        string // as typed (for "did you mean")
	start, end int
	whole      bool
	ident      bool
	stop       bool
	stack      bool    // names the asker's SDK, framework or language (prefer.go), not the topic
	scaffold   bool    // the frame of a pasted error ("HTTP 422", "Exception"), not what failed
	also       []int32 // other corrections as likely as term
}

// cleanQuery removes control characters and quotes and bounds the length.
func cleanQuery(q string) string {
	if len(q) > maxQueryBytes {
		cut := maxQueryBytes
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut]
	}
	q = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) || r == '"' || r == '`' || r == '\u201c' || r == '\u201d' {
			return ' '
		}
		return r
	}, q)
	if m := commitPrefix.FindStringIndex(q); m != nil && m[1] < len(q) {
		q = q[m[1]:]
	}
	return q
}

// commitPrefix is the type of a conventional commit heading a pull request
// title ("feat: …", "fix(docs): …", "chore(deps)!: …"): what kind of change,
// not what it is about ("feat" was even read as a typo of "flat").
var commitPrefix = regexp.MustCompile(`^\s*(?i:feat|fix|chore|docs|refactor|perf|test|tests|build|ci|style|revert)(\([^)]*\))?!?:\s+`)

// sharedHelper drops the SDK pages from the pages declaring one name when
// several SDKs declare it (signOut, getUser) and the query names no SDK:
// spelling the name then asks about the concept, not one SDK's README, and
// the pages about the concept should lead.
func (ix *Index) sharedHelper(pages []int32) []int32 {
	n := 0
	for _, p := range pages {
		if strings.HasPrefix(ix.docs[p].Path, "sdks/") {
			n++
		}
	}
	if n <= sharedHelperSDKs {
		return pages
	}
	var out []int32
	for _, p := range pages {
		if !strings.HasPrefix(ix.docs[p].Path, "sdks/") {
			out = append(out, p)
		}
	}
	return out
}

// commonName drops the SDK pages from the pages declaring a name that the
// docs use on more than maxCodeDF pages (accessToken, code, user): an SDK
// README that documents such a property is not what a question spelling it
// asks about ("call getProfile with the accessToken after …").
func (ix *Index) commonName(key string, pages []int32) []int32 {
	id, ok := ix.termID[key]
	if !ok || int(ix.df[id]) <= maxCodeDF {
		return pages
	}
	return slices.DeleteFunc(slices.Clone(pages), func(p int32) bool {
		return strings.HasPrefix(ix.docs[p].Path, "sdks/")
	})
}

// sharedHelperSDKs: a name declared by more SDK pages than this is shared
// (1 cost the SDK set 0.028 MRR; 2 and 3 measured the same).
const sharedHelperSDKs = 2

// apiVerbs are the verbs the API names its methods with, for the everyday
// verbs askers use instead ("fetch the organization roles" lists them).
// Not "remove" → delete: "a user is removed from the directory" is an event.
var apiVerbs = func() map[string][]string {
	m := map[string][]string{}
	for w, vs := range map[string][]string{
		"fetch": {"get", "list"}, "retrieve": {"get", "list"}, "obtain": {"get"},
	} {
		for i := range vs {
			vs[i] = stem(vs[i])
		}
		m[stem(w)] = vs
	}
	return m
}()

// askerWords are words developers use for what the docs call otherwise
// ("org" for organization, "suspend" for deactivate, "picker" for switcher),
// matched at askerWeight beside the word itself. General developer
// vocabulary, not phrases of any query set, and never one docs word for
// another ("deactivate" → inactive was dropped). Keyed by the word as typed
// (lower case, a plural "s" dropped), not its stem: "paging" stems onto
// "page". Tried and dropped: callback → redirect ("handle the callback"
// found wildcard sections), otp → totp (an emailed one-time code is Magic
// Auth).
var askerWords = func() map[string][]string {
	m := map[string][]string{}
	for w, vs := range map[string][]string{
		"org": {"organization"}, "tenant": {"organization"},
		"suspend": {"deactivate", "inactive"}, "suspended": {"deactivate", "inactive"},
		"offboard": {"deprovision", "inactive"}, "offboarded": {"deprovision", "inactive"},
		"picker": {"switcher"}, "selector": {"switcher"}, "dropdown": {"switcher"},
		"whitelist": {"allowlist"}, "whitelisted": {"allowlist"}, "blacklist": {"blocklist"}, "denylist": {"blocklist"},
		"teammate": {"member"}, "colleague": {"member"}, "coworker": {"member"},
		"cursor": {"paginate"}, "paging": {"paginate"},
		"biometric": {"passkey"}, "fingerprint": {"passkey"}, "faceid": {"passkey"}, "touchid": {"passkey"},
		"cert": {"certificate"}, "expiry": {"expire"}, "ttl": {"expire"},
		"prod": {"production"}, "env": {"environment"}, "cred": {"credential"},
		"sudo": {"impersonate"},
	} {
		for i := range vs {
			vs[i] = stem(vs[i])
		}
		m[w] = vs
	}
	return m
}()

// dedupAlts keeps one alternative per term, at its highest weight, in the
// order first met: the paths that add them (exact, asker, prefix, relative)
// can name the same term twice, and rank sums every alternative.
func dedupAlts(alts []alt) []alt {
	out := alts[:0]
	for _, a := range alts {
		if i := slices.IndexFunc(out, func(o alt) bool { return o.term == a.term }); i >= 0 {
			out[i].w = max(out[i].w, a.w)
			continue
		}
		out = append(out, a)
	}
	return out
}

// askerAlternatives are the docs' words for a word as typed (askerWords).
func askerAlternatives(raw string) []string {
	k := strings.ToLower(raw)
	if vs, ok := askerWords[k]; ok {
		return vs
	}
	return askerWords[strings.TrimSuffix(k, "s")]
}

// migrateWords ask about moving from another product (stems).
var migrateWords = map[string]bool{stem("migrate"): true, stem("migration"): true, stem("migrating"): true,
	stem("import"): true, stem("importing"): true}

// fillerWords carry a question's tone, not its topic ("is there a way",
// "do something when…", "I was wondering"): stop words in queries only, as
// a page title may use them. Summed MRR 6.700 → 6.702 on the query sets;
// kept for the question shapes they do not hold ("run something when a user
// is deleted" matched a "Something else went wrong" section first).
var fillerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`something somehow someone anything anyone possible possibly way able
		just also really currently actually maybe seem seems please thanks hi hello wondering wonder
		think believe guess trying tried try though however
		am been being were he she they him her his ours yours myself ourselves themselves himself herself itself`) {
		m[stem(w)] = true
	}
	return m
}()

// notATypo is a word typed as a name (AgentClash, PostgREST: a capital
// after the first letter; invitation_: an underscore) or an English word
// ("headless", "linger"): the docs not using it makes it no misspelling of
// a word they do use. Of 41 corrections the real-question sets caused, 24
// were such words ("headless" → "seamless", "chat" → "that"). Parts of
// identifiers are not corrected either (the caller checks).
func notATypo(raw string) bool {
	if strings.IndexFunc(raw[min(1, len(raw)):], unicode.IsUpper) >= 0 || strings.Contains(raw, "_") {
		return true
	}
	return english.Is(strings.ToLower(raw))
}

// brandSpans are the words written in mixed case that the docs title pages
// with as one word: product and vendor names (WorkOS, AuthKit, GitHub,
// JumpCloud). They are plain words, not API names: "the WorkOS
// organization" had made a question look like code, sparing the API
// reference its penalty, and searched "work" and "os" beside it.
func (ix *Index) brandSpans(q string) []stackMention {
	var out []stackMention
	rawWords(q, func(w string, start, _ int) {
		w = strings.TrimRight(w, ".") // "… with WorkOS." ends a sentence
		if !hasIdentSyntax(w) || strings.ContainsAny(w, "._/()") {
			return
		}
		tokenize(w, func(t token) {
			if t.whole && (stopWords[t.term] || ix.titleWord(w[t.start:t.end])) {
				out = append(out, stackMention{start: start + t.start, end: start + t.end})
			}
		})
	})
	return out
}

// joinBrandParts makes one word of the parts of an identifier that spell a
// product name: "WorkOSProfile" is WorkOS (a stop word) and "profile", not
// "work", "os" and "profile"; "AuthKitProvider" keeps "authkit".
func (ix *Index) joinBrandParts(q string, words []qword) []qword {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.ident && !w.whole && i+1 < len(words) {
			n := words[i+1]
			if n.ident && !n.whole && n.start == w.end {
				name := q[w.start:n.end]
				if low := strings.ToLower(name); low == "workos" || ix.titleWord(low) {
					w.term, w.raw, w.end = stem(fold(name)), name, n.end
					i++
				}
			}
		}
		out = append(out, w)
	}
	return out
}

// titleWord reports a word some page title spells as one word, in any case.
func (ix *Index) titleWord(w string) bool {
	return ix.titleWords[strings.ToLower(w)]
}

// titleWords are the lower-case words of the page titles.
func titleWords(docs []Doc) map[string]bool {
	m := map[string]bool{}
	for _, d := range docs {
		for _, f := range strings.FieldsFunc(d.Title, func(r rune) bool { return !isWordRune(r) }) {
			m[strings.ToLower(f)] = true
		}
	}
	return m
}

// proseCompound is a compound of lower-case words joined by hyphens
// ("sign-in", "password-based", "client-to-client"): English, not an API
// name, though the docs index its joined form like one.
func proseCompound(raw string) bool {
	return strings.Contains(raw, "-") && strings.Trim(raw, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
}

// inSpans reports a range inside one of the spans.
func inSpans(ms []stackMention, start, end int) bool {
	for _, m := range ms {
		if m.start <= start && end <= m.end {
			return true
		}
	}
	return false
}

// parse turns a query into scored groups against the index vocabulary.
func (ix *Index) parse(raw string) query {
	qy := query{named: -1}
	q := cleanQuery(raw)
	stacks := findStacks(q)
	brands := ix.brandSpans(q)
	identSyntax := hasIdentSyntax(blankSpans(blankSpans(q, stacks), brands)) // "Next.js", "WorkOS" are no API names
	if !identSyntax {                                                        // "GET /users" names its endpoint, not the page titled "Get a user"
		qy.named = ix.named(q)
	}
	if qy.named < 0 {
		qy.named = ix.linkedPage(q)
	}
	keys := queryKeys(q)
	if q2 := replaceObjectIDs(q); q2 != q {
		q = q2
		stacks = findStacks(q)
		brands = ix.brandSpans(q) // the spans moved
	}
	openEnded := stillTyping(q)
	var words []qword
	tokenize(q, func(t token) {
		if inSpans(brands, t.start, t.end) {
			if !t.whole {
				return // "Work" and "OS" of "WorkOS": the name is one word
			}
			t.whole, t.ident = false, false
		}
		words = append(words, qword{term: t.term, raw: q[t.start:t.end], start: t.start, end: t.end, whole: t.whole, ident: t.ident})
	})
	words = ix.joinBrandParts(q, words)
	if len(words) == 0 {
		return qy
	}
	if len(words) > 2*maxGroups {
		words = words[:2*maxGroups]
	}
	if identSyntax {
		qy.ident = true
	}
	// Typo correction for terms the corpus does not have.
	corrected := false
	var fixes [][3]int // start, end, vocab id of the correction
	tries := 0
	for i := range words {
		w := &words[i]
		if _, ok := ix.termID[w.term]; ok || len(ix.relatives(w.term, 1)) > 0 || len(w.term) < 4 || len(w.term) > 30 || isDigits(w.term) || stopWords[w.term] || fillerWords[w.term] ||
			askerAlternatives(w.raw) != nil || apiVerbs[w.term] != nil || // "coworker" means member, not "worker"
			(w.ident && !w.whole) || notATypo(w.raw) {
			continue
		}
		if tries++; tries > maxCorrections {
			break
		}
		if i == len(words)-1 && openEnded && len(ix.prefixes(w.term, 1)) > 0 {
			continue // still being typed
		}
		if cs := ix.plausible(ix.correct(w.term), w.raw); len(cs) > 0 {
			if !w.whole {
				fixes = append(fixes, [3]int{w.start, w.end, int(cs[0])})
			}
			w.term = ix.vocab[cs[0]]
			w.also = cs[1:]
			corrected = true
		}
	}
	if corrected && len(fixes) > 0 {
		var b strings.Builder
		last := 0
		for _, f := range fixes {
			if f[0] < last {
				continue
			}
			b.WriteString(q[last:f[0]])
			b.WriteString(ix.surface(int32(f[2]), q[f[0]:f[1]]))
			last = f[1]
		}
		b.WriteString(q[last:])
		qy.didYouMean = strings.Join(strings.Fields(b.String()), " ")
	}
	// Synonym phrases over the plain sequence; the canonical token replaces them.
	var plain []int // indexes into words of non-whole terms
	for i, w := range words {
		if !w.whole {
			plain = append(plain, i)
		}
	}
	terms := make([]string, len(plain))
	for k, i := range plain {
		terms[k] = words[i].term
	}
	drop := map[int]bool{}
	var extra []qword
	for k := 0; k < len(terms); k++ {
		if canon, n := synonymAt(terms, k); n > 0 {
			for j := k; j < k+n; j++ {
				drop[plain[j]] = true
			}
			first := words[plain[k]]
			extra = append(extra, qword{term: canon, start: first.start, end: words[plain[k+n-1]].end})
			k += n - 1
		}
	}
	var kept []qword
	for i, w := range words {
		if !drop[i] {
			kept = append(kept, w)
		}
	}
	kept = append(kept, extra...)
	slices.SortStableFunc(kept, func(a, b qword) int { return a.start - b.start })
	kept = dropLetters(kept)
	allStop := true
	for i := range kept {
		kept[i].stop = !kept[i].whole && (stopWords[kept[i].term] || fillerWords[kept[i].term])
		if !kept[i].stop {
			allStop = false
		}
	}
	// Identifier wholes that exist make their parts minor.
	wholeHit := map[int]bool{} // start offset of a raw word whose whole form is indexed
	for _, w := range kept {
		if _, ok := ix.termID[w.term]; ok && w.whole {
			wholeHit[w.start] = true
			if !proseCompound(w.raw) {
				qy.ident = true
			}
		}
	}
	qy.pref = preference(q, kept, stacks, qy.ident)
	for _, k := range keys {
		pages := ix.symKey[k]
		if qy.pref.SDK == "" {
			pages = ix.commonName(k, ix.sharedHelper(pages))
		}
		qy.exact = append(qy.exact, pages...)
	}
	qy.lang = qy.pref.Lang
	for _, w := range kept {
		if migrateWords[w.term] {
			qy.migrate = true
		}
	}
	qy.apiArea = ix.apiArea(q) // not API intent as well: "user management API" asks for the area, not its endpoints (−0.005)
	qy.framed = markErrorFrame(kept)
	if len(qy.pref.Words) == 0 {
		markSDKContext(kept)
	}
	qy.apiIntent = markScaffold(kept, apiIntentSpans(q))
	qy.apiChange = !qy.apiIntent && asksForAPIChange(q)
	markScaffold(kept, versionSpans(q))
	if qy.pref.Backend != "" || (qy.pref.Lang != "" && qy.pref.Frontend == "" && qy.pref.SDK == "") {
		qy.ident = true // naming a backend SDK asks for code: the reference is not penalised
	}
	seen := map[string]bool{}
	qtf := map[string]int{}
	for _, w := range kept {
		if !w.stop {
			qtf[w.term]++
		}
	}
	for i, w := range kept {
		if (w.stop && !allStop) || seen[w.term] {
			continue
		}
		seen[w.term] = true
		g := group{}
		exact, ok := ix.termID[w.term]
		if ok {
			g.alts = append(g.alts, alt{exact, 1})
		}
		for _, a := range w.also {
			g.alts = append(g.alts, alt{a, 0.7})
		}
		if !w.whole && !w.ident {
			for _, v := range apiVerbs[w.term] {
				if id, ok := ix.termID[v]; ok {
					g.alts = append(g.alts, alt{id, verbWeight})
				}
			}
			for _, v := range askerAlternatives(w.raw) {
				if id, ok := ix.termID[v]; ok {
					g.alts = append(g.alts, alt{id, askerWeight})
				}
			}
			if w.term == "get" && i+1 < len(kept) && pluralNoun(kept[i+1].raw) {
				// "getting sessions" lists them: the API's verb is "list".
				if id, ok := ix.termID["list"]; ok {
					g.alts = append(g.alts, alt{id, verbWeight})
				}
			}
			for _, r := range ix.relatives(w.term, maxRelatives) {
				g.alts = append(g.alts, alt{r, derivWeight})
			}
		}
		last := i == len(kept)-1
		if last && openEnded && len(w.term) >= 3 && !w.whole {
			pw := float32(0.8)
			if ok {
				pw = 0.4
			}
			for _, p := range ix.prefixes(w.term, 8) {
				if p != exact {
					g.alts = append(g.alts, alt{p, pw})
				}
			}
		}
		if len(g.alts) == 0 {
			continue
		}
		g.alts = dedupAlts(g.alts)
		if w.ident && !w.whole {
			for _, o := range kept {
				if o.whole && o.start <= w.start && w.end <= o.end && wholeHit[o.start] {
					g.minor = true
				}
			}
		}
		if w.stack || w.scaffold {
			g.minor = true // "workos python create organization": python picks symbols, not pages
		}
		g.idf = ix.idf[g.alts[0].term]
		if n := qtf[w.term]; n > 1 && qtfWeight > 0 && !g.minor && !w.whole {
			g.idf *= 1 + qtfWeight*float32(math.Log(float64(n)))
		}
		g.code = ok && w.whole && ix.df[exact] <= maxCodeDF && isCodeWord(w.raw)
		g.rare = ok && w.whole && w.ident && ix.df[exact] <= maxCodeDF
		if !ok { // prefix only: the commonest completion speaks for the group
			best := g.alts[0].term
			for _, a := range g.alts {
				if ix.df[a.term] > ix.df[best] {
					best = a.term
				}
			}
			g.idf = ix.idf[best]
		}
		qy.groups = append(qy.groups, g)
		if !w.whole && !g.minor {
			qy.seq = append(qy.seq, g.alts[0].term)
		}
		if len(qy.groups) == maxGroups {
			break
		}
	}
	if asksHowLong(q) && len(qy.groups) > 0 && len(qy.groups) < maxGroups {
		if g, ok := ix.wordsGroup(durationWords, durationWeight); ok {
			qy.groups = append(qy.groups, g)
		}
	}
	if asksWhenHappens(q) && len(qy.groups) > 0 && len(qy.groups) < maxGroups {
		if g, ok := ix.wordsGroup(eventWords, eventWeight); ok {
			qy.groups = append(qy.groups, g)
		}
	}
	return qy
}

// hasIdentSyntax reports API-looking input: a camelCase or snake_case word, a
// dotted name, an endpoint path or an upper-case HTTP verb.
func hasIdentSyntax(q string) bool {
	for _, f := range strings.Fields(q) {
		switch f {
		case "GET", "POST", "PUT", "PATCH", "DELETE":
			return true
		}
		if isPath(f) || strings.Contains(f, "_") || strings.Contains(f, "()") {
			return true
		}
		if strings.Count(f, ".") >= 1 && !strings.HasSuffix(f, ".") {
			return true
		}
		for i := 1; i < len(f); i++ {
			if 'a' <= f[i-1] && f[i-1] <= 'z' && 'A' <= f[i] && f[i] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// isPath is an API path ("/users", "/sso/token"), not a slash standing
// between words ("OTP / magic link").
func isPath(f string) bool {
	return len(f) > 1 && f[0] == '/' && f[1] != '/' && f[1] != ' '
}

// prefixes returns up to n vocabulary terms that start with p, commonest first.
func (ix *Index) prefixes(p string, n int) []int32 {
	lo, _ := slices.BinarySearchFunc(ix.sorted, p, func(id int32, p string) int { return strings.Compare(ix.vocab[id], p) })
	var out []int32
	for i := lo; i < len(ix.sorted) && strings.HasPrefix(ix.vocab[ix.sorted[i]], p); i++ {
		out = append(out, ix.sorted[i])
		if len(out) > 400 {
			break
		}
	}
	slices.SortStableFunc(out, func(a, b int32) int { return int(ix.df[b] - ix.df[a]) })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// correct finds the likeliest intended vocabulary terms for a misspelt one:
// smallest edit distance (1 for short words, 2 from 8 letters), commonest
// first, at most three.
func (ix *Index) correct(t string) []int32 {
	maxD := 1
	if len(t) >= 8 {
		maxD = 2
	}
	var best []int32
	bestD := maxD + 1
	// Stems shortened by nominal() are compared in their noun form too: a
	// typo in "impersonation" is nearer that word than its stem.
	for l := len(t) - maxD - nominalGrowth; l <= len(t)+maxD; l++ {
		if l < 2 || l >= len(ix.byLen) {
			continue
		}
		for _, id := range ix.byLen[l] {
			c := ix.vocab[id]
			if c[0] != t[0] && (len(c) < 2 || c[1] != t[1]) {
				continue // most typos keep one of the first two letters
			}
			d := bestD + 1
			if l >= len(t)-maxD {
				d = editDistance(t, c, bestD+1)
			}
			if n := nounForm(c); n != "" {
				d = min(d, editDistance(t, n, bestD+1))
			}
			switch {
			case d < bestD:
				best, bestD = append(best[:0], id), d
			case d == bestD:
				best = append(best, id)
			}
		}
	}
	if bestD > maxD {
		return nil
	}
	slices.SortStableFunc(best, func(a, b int32) int { return int(ix.df[b] - ix.df[a]) })
	return best[:min(len(best), 3)]
}

// plausible keeps the corrections whose spelling in the text is as near to
// what was typed as the stems are: stems hide suffixes, and "minting" (stem
// "mint") is one edit from "minut" but three from "minutes". An English word
// the docs never use is no typo of one they do.
func (ix *Index) plausible(cs []int32, typed string) []int32 {
	maxD := 1
	if len(typed) >= 8 {
		maxD = 2
	}
	low := strings.ToLower(typed)
	return slices.DeleteFunc(cs, func(id int32) bool {
		s := strings.ToLower(ix.surface(id, typed))
		return EditDistance(low, s, maxD+1) > maxD
	})
}

// editDistance is EditDistance with an exclusive bound: it returns limit
// when the distance is at least limit.
func editDistance(a, b string, limit int) int {
	return EditDistance(a, b, limit-1)
}

// surface is how a term reads in the text, for suggesting it in place of
// typed: of the spellings the text uses for it, the nearest to typed
// ("conection" → "connection", not the "connections" met first).
func (ix *Index) surface(id int32, typed string) string {
	cands := ix.surfaces[id]
	if len(cands) == 0 {
		return ix.vocab[id]
	}
	if ix.verbatim[id] {
		cands = append(cands[:len(cands):len(cands)], ix.vocab[id])
	}
	typed = strings.ToLower(typed)
	best, bestD := "", math.MaxInt
	for _, c := range cands {
		if len(c) > 1 && strings.ToLower(c[1:]) == c[1:] {
			c = strings.ToLower(c) // "Directory" at a sentence start
		}
		if d := EditDistance(typed, strings.ToLower(c), max(len(typed), len(c))); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// preference marks the words of kept that name a stack (prefer.go) and
// returns what they prefer. Names count only as qualifiers of other words: a
// query that is all stack ("python sdk", "next.js") is about the SDK. "go"
// counts only beside "sdk" or API syntax, so "go live" stays English.
func preference(q string, kept []qword, stacks []stackMention, ident bool) Preference {
	var p Preference
	if len(stacks) == 0 {
		return p
	}
	in := func(w qword) bool {
		for _, m := range stacks {
			if m.start <= w.start && w.end <= m.end {
				return true
			}
		}
		return false
	}
	sdk := false
	for _, w := range kept {
		if sdkWords[strings.ToLower(w.raw)] {
			sdk = true
		}
	}
	stacks = slices.DeleteFunc(slices.Clone(stacks), func(m stackMention) bool {
		return strings.EqualFold(q[m.start:m.end], "go") && !sdk && !ident
	})
	other := false
	for i := range kept {
		w := &kept[i]
		switch {
		case in(*w):
			w.stack = true
		case sdkWords[strings.ToLower(w.raw)]:
		case !w.stop && !w.whole && strings.ToLower(w.raw) != "workos" && strings.ToLower(w.raw) != "api":
			other = true
		}
	}
	if !other || len(stacks) == 0 {
		for i := range kept {
			kept[i].stack = false
		}
		return Preference{}
	}
	for i := range kept {
		if sdkWords[strings.ToLower(kept[i].raw)] {
			kept[i].stack = true
		}
	}
	p.merge(q, stacks)
	return p
}

// markScaffold makes the words inside spans of q frame, not topic, and
// reports whether any was.
func markScaffold(kept []qword, spans [][2]int) bool {
	marked := false
	for i := range kept {
		for _, sp := range spans {
			if sp[0] <= kept[i].start && kept[i].end <= sp[1] {
				kept[i].scaffold = true
				marked = true
			}
		}
	}
	return marked
}

// markSDKContext makes "SDK", "library", "package" no topic word in a
// question of several other words that names no stack: "is it not possible
// with this SDK?" asks about the feature, and the word would otherwise make
// the SDK READMEs (trail "SDKs") the page about it.
func markSDKContext(kept []qword) {
	other := 0
	for _, w := range kept {
		if !w.stop && !w.stack && !sdkWords[strings.ToLower(w.raw)] {
			other++
		}
	}
	if other < sdkContextWords {
		return
	}
	for i, w := range kept {
		if !w.whole && sdkWords[strings.ToLower(w.raw)] {
			kept[i].scaffold = true
		}
	}
}

// sdkContextWords is how many other words make an SDK word context.
const sdkContextWords = 4

// errorFrame are the words that frame a pasted error rather than say what
// failed: "Error: …", "HTTP 400", "…Exception". Every error page has them,
// and the generic errors page is all of them.
var errorFrame = map[string]bool{"error": true, "exception": true, "http": true, "status": true}

// isStatus reports an HTTP error status as typed: 400–599.
func isStatus(t string) bool {
	return len(t) == 3 && isDigits(t) && t[0] >= '4' && t[0] <= '5'
}

// markErrorFrame marks the frame words of a query that has other words:
// the codes, names and fields beside them are what to look up. A status is
// frame only in a pasted error (beside an API name or several other words):
// alone with a word or two ("429 too many requests") it is the question.
// It reports a pasted error: frame words beside an API name or several words.
func markErrorFrame(kept []qword) bool {
	words, ident := 0, false
	for _, w := range kept {
		switch {
		case w.whole:
			ident = true
		case !errorFrame[w.term] && !isStatus(w.term) && !w.stop && !w.stack:
			words++
		}
	}
	if words == 0 && !ident {
		return false
	}
	statusFrame := ident || words >= minErrorWords
	pasted := false
	for i, w := range kept {
		if !w.whole && (errorFrame[w.term] || statusFrame && isStatus(w.term)) {
			kept[i].scaffold = true
			pasted = pasted || statusFrame
		}
	}
	return pasted
}

// minErrorWords is how many other words make a status part of a pasted error.
const minErrorWords = 4

// blankSpans is q with the stack names found in it blanked out.
func blankSpans(q string, ms []stackMention) string {
	if len(ms) == 0 {
		return q
	}
	b := []byte(q)
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// isLetter reports a one-letter plain word: a list marker ("(C)"), a variable
// or an initial, no topic.
func isLetter(w qword) bool {
	if w.whole || w.ident {
		return false
	}
	r, n := utf8.DecodeRuneInString(w.term)
	return n == len(w.term) && unicode.IsLetter(r)
}

// dropLetters removes one-letter words from a query that has other content
// words, or several letters and nothing else ("a b c d"): they would match
// list markers. A lone letter stays a query.
func dropLetters(words []qword) []qword {
	letters, content := 0, false
	for _, w := range words {
		switch {
		case isLetter(w):
			letters++
		case w.whole || !stopWords[w.term]:
			content = true
		}
	}
	if letters == 0 || (!content && letters == 1) {
		return words
	}
	return slices.DeleteFunc(words, isLetter)
}

// stillTyping reports a query whose last word may be unfinished: it ends in
// a letter or digit. "…redirect loop?" and "…the session." end their last
// word; only a live search box stops mid-word.
func stillTyping(q string) bool {
	r, _ := utf8.DecodeLastRuneInString(q)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// pluralNoun reports a lower-case word that reads as a plural ("sessions",
// not "access", "status" or "Pipes", a product's name).
func pluralNoun(raw string) bool {
	if strings.ToLower(raw) != raw {
		return false
	}
	return len(raw) > 3 && strings.HasSuffix(raw, "s") && !strings.HasSuffix(raw, "ss") && !strings.HasSuffix(raw, "us") && !strings.HasSuffix(raw, "is")
}
