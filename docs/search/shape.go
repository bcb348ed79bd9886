package search

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Question shapes. How a question is put says what kind of page answers it,
// beyond its topic words:
//
//   - "how long …": the answer states a duration or a lifetime, so the words
//     the docs use for one (expire, retention, lifetime, valid for, days…)
//     join the query as light evidence ("how long are audit logs kept").
//   - "when a user …", "after a …", "what happens …": the answer is what
//     happens in reaction, so the docs' event words (event, webhook,
//     trigger) join the same way ("what happens when a user is removed from
//     the directory" → the directory events).
//   - "programmatically", "from code", "via the API", "instead of the
//     dashboard": the asker wants the API method, so reference pages keep
//     their full score and those words are no topic ("create organizations
//     from code instead of the dashboard" → Create an Organization).
//   - A change request, as pull requests and feature requests open ("Add
//     …", "Allow …", "Expose …", "feat: …") that names a part of the API
//     (parameter, field, method, option, argument, property, endpoint,
//     struct): the page that answers documents that part, so API method
//     pages keep their full score and gain apiChangeBonus ("Allow for
//     optional provider parameter in authorization URL" → Get an
//     authorization URL, not the provider's setup guide). Half the bonus of
//     an explicit "via the API": at ×2 an SDK question ("Add method for
//     verifying JWT…") lost its README; without the opening verb it moved
//     16 questions, 9 up and 7 down.
//
// Tried and dropped: reading the clause after "instead of" / "rather than"
// as what the asker replaces (its words made minor) lost two queries — the
// page that answers names the replaced thing too ("poll the events API
// instead of receiving webhooks" → the events API guide has a section on
// migrating from webhooks). So did a penalty on reference pages that list an
// object's fields (symbols, no endpoint) for questions that spell an API
// name: ×0.75 changed nothing, ×0.5 and ×0.3 lost on the real set.

// changeVerbs open a change request; apiParts are the parts of an API it names.
var (
	changeVerbs = wordSet("add adds adding allow allows expose exposes support supports feat fix implement implements introduce introduces")
	apiParts    = wordSet("parameter parameters param params field fields method methods argument arguments arg args property properties endpoint endpoints struct option options")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// asksForAPIChange reports a change request naming a part of the API: the
// first word is a change verb and some word is an API part.
func asksForAPIChange(q string) bool {
	ws := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return r < 'a' || r > 'z' })
	if len(ws) == 0 || !changeVerbs[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if apiParts[w] {
			return true
		}
	}
	return false
}

// durationWords are how the docs say how long something lasts, as stems.
var durationWords = []string{"expire", "expiration", "retention", "lifetime", "duration", "valid", "ttl", "days", "minutes", "hours"}

// eventWeight is how much an event word counts beside the query's own words.
var eventWeight = float32(0.3)

// durationWeight is how much a duration word counts beside the query's own words.
var durationWeight = float32(0.3)

// eventWords are how the docs say something happens in reaction, as stems.
var eventWords = []string{"event", "webhook", "trigger", "triggered", "occurs"}

// asksWhenHappens reports a question about reacting to something: "when a
// user signs up", "after a user is removed", "what happens when".
func asksWhenHappens(q string) bool {
	low := " " + strings.ToLower(q) + " "
	for _, m := range []string{" when a ", " when an ", " after a ", " after an ", " whenever ", " once a ", " what happens "} {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// asksHowLong reports a question about a duration: "how long", "how many days".
func asksHowLong(q string) bool {
	low := strings.ToLower(q)
	return strings.Contains(low, "how long") || strings.Contains(low, "how many days") ||
		strings.Contains(low, "how many minutes") || strings.Contains(low, "how many hours")
}

// wordsGroup is a minor group matching words at weight w, or false if the
// index has none of them.
func (ix *Index) wordsGroup(words []string, wt float32) (group, bool) {
	g := group{minor: true}
	for _, w := range words {
		if id, ok := ix.termID[stem(w)]; ok {
			g.alts = append(g.alts, alt{id, wt})
			g.idf = max(g.idf, ix.idf[id])
		}
	}
	return g, len(g.alts) > 0
}

// apiIntent are the ways askers say they want to do something from their
// own code rather than by hand: the answer is the API method, so reference
// pages lose their penalty for questions, and these words are no topic.
// Not "in code", "with/from/using the API": they are as often a topic
// ("problems with the API key", "PKCE in code exchange").
var apiIntent = []string{"programmatically", "programmatic", "from code", "from my code", "from our code",
	"via the api", "via api", "via an api", "through the api", "from my backend", "from our backend",
	"from the backend", "via the sdk", "with the sdk", "using the sdk", "through the sdk", "via sdk",
	"instead of the dashboard", "instead of using the dashboard", "rather than the dashboard",
	"without the dashboard", "outside the dashboard", "outside of the dashboard",
	"via the workos api", "through the workos api", "using the workos api", "with the workos api",
	"via the workos sdk", "with the workos sdk", "using the workos sdk", "through the workos sdk"}

// apiCompound are words that, after "the API" or "the SDK", make it part of
// a noun ("via the API key", "with the SDK version"): no intent then.
var apiCompound = map[string]bool{"key": true, "keys": true, "reference": true, "response": true, "request": true,
	"error": true, "errors": true, "docs": true, "documentation": true, "version": true, "call": true, "calls": true}

// apiIntentSpans returns the byte ranges of q that say "from my code"
// (apiIntent), matched at word boundaries. Only ASCII letters are folded,
// so the ranges are q's own: the phrases are ASCII, and lower-casing other
// letters can change their length in bytes.
func apiIntentSpans(q string) [][2]int {
	low := []byte(q)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	text := string(low)
	var out [][2]int
	for _, p := range apiIntent {
		for from := 0; ; {
			i := strings.Index(text[from:], p)
			if i < 0 {
				break
			}
			i += from
			end := i + len(p)
			from = end
			if !atWordEdge(text, i) || !atWordEdge(text, end) {
				continue
			}
			if (strings.HasSuffix(p, "api") || strings.HasSuffix(p, "sdk")) && apiCompound[nextWord(text[end:])] {
				continue
			}
			out = append(out, [2]int{i, end})
		}
	}
	return out
}

// atWordEdge reports that no letter or digit touches byte offset i of s
// from both sides.
func atWordEdge(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	word := func(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }
	return !(i > 0 && word(before) && i < len(s) && word(after))
}

// nextWord is the first word of s.
func nextWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// versionRE matches a release as askers type it: "v1", "v0.4.x", "3.0.0",
// "@5.2.1" (a bare "2.0" may be anything, so it needs three parts). The
// docs version nothing but a few endpoint paths (/vault/v1/), so such a
// token names the asker's setup, not the topic.
var versionRE = regexp.MustCompile(`(?i)(^|[\s(@])(v\d+(\.(\d+|x))*|\d+\.\d+(\.(\d+|x))+)\b`)

// versionSpans returns the byte ranges of q that spell a version.
func versionSpans(q string) [][2]int {
	var out [][2]int
	for _, m := range versionRE.FindAllStringSubmatchIndex(q, -1) {
		out = append(out, [2]int{m[4], m[5]})
	}
	return out
}
