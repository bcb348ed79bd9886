package search

import (
	"slices"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search/english"
)

// derivSuffixes are derivational endings, as they read after stem(): a query
// word meets the index words that share its root once one of these is cut
// ("customize" → customiz, "customization", "custom" all read custom;
// "security" and "secure" read secur). Inflections are stem()'s job. The list
// leaves out endings that make unrelated words meet ("directory" is not
// "direct" + -ory, "user" is not "us" + -er).
var derivSuffixes = []string{
	"ization", "isation", "ability", "ibility", "ically", "ation",
	"ment", "ness", "ity", "ive", "iv", "able", "ible", "ally", "ical",
	"iz", "is", "al", "ly", "ic", "at",
}

// minRoot is the shortest root a cut may leave: shorter roots join too much.
const minRoot = 5

// derivRoot is the root of a stemmed term, or "" for terms that have none
// (short, or not a plain lower-case word).
func derivRoot(t string) string {
	if len(t) < minRoot || len(t) > 30 {
		return ""
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return ""
		}
	}
	for _, s := range derivSuffixes {
		if len(t)-len(s) >= minRoot && strings.HasSuffix(t, s) {
			return t[:len(t)-len(s)]
		}
	}
	return t
}

// relatives are the index terms sharing t's derivational root, commonest
// first, at most n, without t itself. A cut root must be an English word
// (or one with its "e" back: secur → secure): "ident" is none, and identity
// had met identical (+0.003 over the twelve sets). Every such term starts
// with the root, so a prefix scan of the sorted vocabulary finds them:
// nothing to build.
func (ix *Index) relatives(t string, n int) []int32 {
	root := derivRoot(t)
	if root == "" {
		return nil
	}
	if root != t && !english.Is(root) && !english.Is(root+"e") {
		return nil // "ident" is no word: identity and identical are not kin
	}
	lo, _ := slices.BinarySearchFunc(ix.sorted, root, func(id int32, p string) int { return strings.Compare(ix.vocab[id], p) })
	var out []int32
	for i := lo; i < len(ix.sorted) && len(out) < 64; i++ {
		id := ix.sorted[i]
		v := ix.vocab[id]
		if !strings.HasPrefix(v, root) {
			break
		}
		if v != t && derivRoot(v) == root {
			out = append(out, id)
		}
	}
	slices.SortStableFunc(out, func(a, b int32) int { return int(ix.df[b] - ix.df[a]) })
	return out[:min(len(out), n)]
}
