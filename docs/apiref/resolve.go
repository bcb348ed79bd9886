package apiref

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// How a token is resolved (first match wins; "nearest" means the file sharing
// the longest path prefix with the file that uses the token, the same file first):
//
//  1. descriptions: the dotted key exactly, then compared case- and
//     separator-insensitively per segment (Connection.Id ~ connection.id,
//     OrganizationMembership.userId ~ organization_membership.user_id), then with
//     the dots dropped too (object.metadata ~ object_metadata). A key naming a
//     group means its "self" text; a group without one resolves to "" (Empty).
//     A text that is itself a token is resolved in its own file.
//  2. reference keys: a shared item definition (an element without id, such as
//     go's ctx) in the same language, then an entry whose key is the first segment
//     (Group.id → the entry keyed Group, id directory_group → directory_group.id,
//     or its property "id"), then a shared definition from any language.
//  3. otherwise the token is unresolved and the item shows no description.
//
// Chains are followed up to maxDepth; a chain that returns to a token already on
// it (a → (b), b → (a)) is a cycle and counts as unresolved.

type outcome int

const (
	unresolved outcome = iota
	resolvedText
	resolvedEmpty
	cyclic
)

// resolveText finds the text behind tok as seen from source src in lang.
func (b *builder) resolveText(tok string, src int, lang string, stack []link) (string, outcome) {
	if stack == nil {
		// Results from a fresh chain depend only on these three; tokens repeat a
		// lot across languages and pages, so remember them.
		k := memoKey{src, lang, tok}
		if r, ok := b.memo[k]; ok {
			return r.text, r.out
		}
		text, out := b.chain(tok, src, lang, make([]link, 0, 4))
		b.memo[k] = memoVal{text, out}
		return text, out
	}
	return b.chain(tok, src, lang, stack)
}

// link is one step of a token chain, for cycle detection.
type link struct {
	src int
	tok string
}

type memoKey struct {
	src       int
	lang, tok string
}

type memoVal struct {
	text string
	out  outcome
}

// chain resolves one link of a token chain; stack holds the links so far.
func (b *builder) chain(tok string, src int, lang string, stack []link) (string, outcome) {
	frame := link{src, tok}
	for _, f := range stack {
		if f == frame {
			return "", cyclic
		}
	}
	if len(stack) >= maxDepth || !b.spend() {
		return "", cyclic
	}
	stack = append(stack, frame)

	if d, ok := b.findDesc(tok, src); ok {
		if d.group {
			return "", resolvedEmpty
		}
		if t := token(d.text); t != "" {
			return b.resolveText(t, d.src, lang, stack)
		}
		return d.text, resolvedText
	}

	head, rest, _ := strings.Cut(tok, ".")
	if h := b.findRaw(b.helpers, head, src, lang, false); h != nil {
		if s, out := b.rawText(h, rest, lang, stack); out != unresolved {
			return s, out
		}
	}
	if o := b.findRaw(b.objects, head, src, lang, true); o != nil {
		if fold(o.id) != fold(head) {
			t := o.id
			if rest != "" {
				t += "." + rest
			}
			if s, out := b.resolveText(t, o.src, lang, stack); out != unresolved {
				return s, out
			}
		}
		if s, out := b.rawText(o, rest, lang, stack); out != unresolved {
			return s, out
		}
	}
	if h := b.findRaw(b.helpers, head, src, "*", false); h != nil {
		if s, out := b.rawText(h, rest, lang, stack); out != unresolved {
			return s, out
		}
	}
	return "", unresolved
}

// rawText is the description of a reference element, or of its property
// reached by the dotted path rest.
func (b *builder) rawText(r *rawEntry, rest, lang string, stack []link) (string, outcome) {
	n := walkPath(r.node, rest)
	if n == nil {
		return "", unresolved
	}
	d := str(n, "description")
	if t := token(d); t != "" {
		return b.resolveText(t, r.src, lang, stack)
	}
	if d == "" {
		return "", unresolved
	}
	return d, resolvedText
}

// findDesc looks tok up in the descriptions, trying ever looser spellings.
func (b *builder) findDesc(tok string, src int) (descDef, bool) {
	for step := range 3 {
		var m map[string][]descDef
		var key, self string
		switch step {
		case 0:
			m, key, self = b.desc, tok, tok+".self"
		case 1:
			key = foldPath(tok)
			m, self = b.descFold, key+".self"
		default:
			key = fold(tok)
			m, self = b.descFlat, key+"self"
		}
		c := m[key]
		if len(c) == 0 {
			continue
		}
		d := nearest(b, c, src, func(d descDef) int { return d.src })
		if d.group {
			if s := m[self]; len(s) > 0 {
				return nearest(b, s, d.src, func(d descDef) int { return d.src }), true
			}
		}
		return d, true
	}
	return descDef{}, false
}

// findRaw finds a reference element by key in lang (exactly, then folded),
// and with anyLang in every language after that. lang "*" means any language.
func (b *builder) findRaw(idx map[rawKey][]*rawEntry, key string, src int, lang string, anyLang bool) *rawEntry {
	f := fold(key)
	keys := [...]rawKey{{lang, key}, {lang, f}, {"*", f}}
	n := 2
	switch {
	case lang == "*":
		keys[0], n = keys[2], 1
	case anyLang:
		n = 3
	}
	for _, k := range keys[:n] {
		if c := idx[k]; len(c) > 0 {
			return nearest(b, c, src, func(r *rawEntry) int { return r.src })
		}
	}
	return nil
}

// findProp is the element of n's properties, parameters or returns whose key
// matches seg (folded).
func findProp(n *yaml.Node, seg string) *yaml.Node {
	f := fold(seg)
	for _, list := range [...]string{"properties", "parameters", "returns"} {
		l := get(n, list)
		if l == nil || l.Kind != yaml.SequenceNode {
			continue
		}
		for _, el := range l.Content {
			if fold(str(el, "key")) == f {
				return deref(el)
			}
		}
	}
	return nil
}

// nearest picks the candidate defined closest to src: the same file, else the
// longest shared path prefix, else the first path in sort order.
func nearest[T any](b *builder, cands []T, src int, srcOf func(T) int) T {
	best, bestScore := cands[0], -1
	from := b.srcs[src].Path
	for _, c := range cands {
		cs := srcOf(c)
		score := commonPrefix(from, b.srcs[cs].Path)
		if cs == src {
			score = 1 << 20
		}
		if score > bestScore || (score == bestScore && b.srcs[cs].Path < b.srcs[srcOf(best)].Path) {
			best, bestScore = c, score
		}
	}
	return best
}
