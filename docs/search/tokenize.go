package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search/english"
)

// token is one indexable unit of text. A compound identifier such as
// "getProfileAndToken" yields its whole folded form ("getprofileandtoken", whole)
// plus one token per part ("get", "profil", "and", "token"), so every spelling of a
// name meets the others and the plain-words query too.
type token struct {
	term       string // folded and stemmed
	start, end int    // byte range of the raw word in the source text
	whole      bool   // the joined form of a compound identifier
	ident      bool   // came from a compound identifier (camelCase, snake_case, a.b.c, kebab-case)
}

// isWordRune reports runes that make up words.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
}

// isJoiner reports runes that glue identifier parts when between word runes:
// dsync.user.deleted, sign-on, $ds->listGroups stays split at '>'.
func isJoiner(r rune) bool { return r == '.' || r == '-' || r == '\'' }

// wordByte reports the ASCII bytes isWordRune accepts, without decoding.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// isWordAt reports whether the rune at text[i] is a word rune, and its size.
func isWordAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return wordByte[c], 1
	}
	r, sz := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r), sz
}

// tokenize splits text into tokens, calling emit for each. seq tokens (the
// plain words and the parts of identifiers, in order) have whole == false.
func tokenize(text string, emit func(token)) {
	i := 0
	n := len(text)
	for i < n {
		ok, sz := isWordAt(text, i)
		if !ok {
			i += sz
			continue
		}
		start := i
		end := i + sz
		j := end
		for j < n {
			ok2, s2 := isWordAt(text, j)
			if ok2 {
				j += s2
				end = j
				continue
			}
			// Joiners are ASCII: a multi-byte rune here ends the word.
			if s2 == 1 && isJoiner(rune(text[j])) && j+1 < n {
				if ok3, _ := isWordAt(text, j+1); ok3 {
					j++
					continue
				}
			}
			break
		}
		word := text[start:end]
		i = end
		if len(word) > 64 { // base64 blobs, hashes: keep out of the vocabulary
			continue
		}
		emitWord(word, start, emit)
	}
}

// emitWord emits a raw word: plain words once, compound identifiers whole and split.
func emitWord(word string, start int, emit func(token)) {
	// Apostrophes: "user's" is the word "user".
	if k := strings.IndexByte(word, '\''); k >= 0 && !strings.ContainsAny(word, "._-") {
		word = word[:k]
		if word == "" {
			return
		}
	}
	end := start + len(word)
	if simpleWord(word) {
		emit(token{term: stem(fold(word)), start: start, end: end})
		return
	}
	var buf [16][2]int
	parts := splitIdent(buf[:0], word)
	if len(parts) <= 1 {
		emit(token{term: acronymTerm(word), start: start, end: end})
		return
	}
	// The whole is the folded parts joined. For ASCII the parts' folded forms
	// are then slices of it: one allocation for the whole identifier.
	ascii := !hasNonASCII(word)
	var jb strings.Builder
	jb.Grow(len(word))
	for _, p := range parts {
		if ascii {
			for i := p[0]; i < p[1]; i++ {
				c := word[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				jb.WriteByte(c)
			}
		} else {
			jb.WriteString(fold(word[p[0]:p[1]]))
		}
	}
	joined := jb.String()
	emit(token{term: joined, start: start, end: end, whole: true, ident: true})
	off := 0
	for _, p := range parts {
		n := p[1] - p[0]
		if n < 2 && !isDigits(word[p[0]:p[1]]) {
			off += n
			continue
		}
		var f string
		if ascii {
			f = joined[off : off+n]
		} else {
			f = fold(word[p[0]:p[1]])
		}
		off += n
		emit(token{term: stem(f), start: start + p[0], end: start + p[1], ident: true})
	}
}

// acronymTerm folds and stems a one-part word, except an upper-case word
// that folds to a stop word: "IT" (as in IT admin) or "US" is an acronym, kept
// apart from "it" and "us" as its own upper-case term so queries keep it.
func acronymTerm(word string) string {
	t := stem(fold(word))
	if len(word) >= 2 && stopWords[t] && strings.ToUpper(word) == word {
		return word
	}
	return t
}

// simpleWord reports an ASCII word that splitIdent would leave whole: no
// joiners, no upper case after the first letter. Most words are; this skips
// the split for them.
func simpleWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '_' || isJoiner(rune(c)) || (i > 0 && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// splitIdent appends to dst the parts of identifier w, split at joiners,
// underscores, lower→upper transitions and acronym ends (HTTPServer → HTTP,
// Server), as byte ranges.
func splitIdent(dst [][2]int, w string) [][2]int {
	start := -1
	var prev rune
	prevUpperRun := 0
	for i, r := range w {
		if r == '_' || isJoiner(r) {
			if start >= 0 && i > start {
				dst = append(dst, [2]int{start, i})
			}
			start = -1
			prev = r
			prevUpperRun = 0
			continue
		}
		if start < 0 {
			start = i
		} else if unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			dst = append(dst, [2]int{start, i})
			start = i
		} else if unicode.IsLower(r) && prevUpperRun >= 2 {
			// "HTTPServer": the last upper letter starts the next part.
			_, psz := utf8.DecodeLastRuneInString(w[:i])
			if i-psz > start {
				dst = append(dst, [2]int{start, i - psz})
			}
			start = i - psz
		}
		if unicode.IsUpper(r) {
			prevUpperRun++
		} else {
			prevUpperRun = 0
		}
		prev = r
	}
	if start >= 0 && len(w) > start {
		dst = append(dst, [2]int{start, len(w)})
	}
	return dst
}

// fold lowercases and drops diacritics for the common Latin letters.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if !hasNonASCII(s) {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

var foldMap = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
	'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
}

// stem is a light English stemmer: plurals, -ing, -ed and a final e, applied the
// same way to text and queries so "deleted", "deleting" and "delete" meet.
// "embed" and "shred" end in -ed without being past tenses.
// Words with digits or underscores are left alone.
func stem(w string) string {
	if len(w) < 4 {
		return w
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return w
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4 && english.Is(w[:len(w)-1]):
		w = w[:len(w)-1] // "cookies" are cookies, not "cooky"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 5:
		w = w[:len(w)-3] + "y" // "verified" meets "verify"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		w = undouble(w[:len(w)-3])
		if stopList[w] {
			w += "e" // "theming" is about a theme, not "them"
		}
	case strings.HasSuffix(w, "ed") && len(w) >= 5 && !strings.HasSuffix(w, "eed") && w != "embed" && w != "shred":
		w = undouble(w[:len(w)-2])
		if stopList[w] {
			w += "e"
		}
	}
	w = nominal(w)
	if len(w) > 3 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !stopList[w[:len(w)-1]] {
		w = w[:len(w)-1]
	}
	return w
}

// nominal maps the noun of an action onto its verb stem, so that "pagination"
// meets "paginate", "migration" "migrate" and "verification" "verify": docs
// name features by the noun, people ask with the verb.
func nominal(w string) string {
	switch {
	case len(w) >= 10 && strings.HasSuffix(w, "ification"):
		return w[:len(w)-7] + "y"
	case strings.HasSuffix(w, "ization"):
		return w // organization, authorization, customization name things, not the act of the verb
	case len(w) >= 10 && strings.HasSuffix(w, "llation"):
		return w[:len(w)-5] // "installation" is installing
	case len(w) >= 8 && strings.HasSuffix(w, "ation"):
		return w[:len(w)-3]
	}
	return w
}

// undouble turns "runn" into "run" and "sett" into "set" (but keeps "ll",
// "ss", and three-letter words: "add" of "added" is not "ad").
func undouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && strings.IndexByte("bdgmnprt", w[n-1]) >= 0 {
		return w[:n-1]
	}
	return w
}

// nominalGrowth is the most letters nounForm adds to a stem.
const nominalGrowth = 6

// nounForm is the noun nominal() may have shortened stem from, or "".
func nounForm(stem string) string {
	switch {
	case strings.HasSuffix(stem, "at"):
		return stem + "ion"
	case strings.HasSuffix(stem, "y") && len(stem) >= 4:
		return stem[:len(stem)-1] + "ication"
	}
	return ""
}

// stopList is the list of stop words as written; stem keeps content words
// from stemming onto them ("theme" must not become "them").
var stopList = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and are as at be by can could do does did for from
		has have how i if in into is it its me my of on or our should so than that the their them then
		there these this those to us was we what when where which who why will with would you your
		want need using use workos
		don doesn didn isn wasn aren weren hasn haven hadn won wouldn couldn shouldn mustn needn ain`) {
		m[w] = true
	}
	return m
}()

// stopWords carry no meaning for ranking; a query made only of them still answers.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range stopList {
		m[w] = true
		m[stem(w)] = true
	}
	return m
}()
