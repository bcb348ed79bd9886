package apiref

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Items come as mappings {key, type, description, optional, properties} or as
// bare tokens. A bare token becomes an Item this way:
//
//   - "(ctx)", "(Before)": a shared item definition with that key in the same
//     language (an element without id in some reference: block) is copied
//     whole — name, type, optional, description and properties;
//   - otherwise the item is named after the token's last segment
//     ("(connection.id)" → "id"; "(Connection)" → "Connection"; ".self" is
//     skipped) and described by the token's resolved text;
//   - a one-segment token naming an entry of the same language ("(Connection)"
//     in js returns) points at it: Ref is that entry's id and Type its key;
//   - a dotted token whose head names such an entry ("(Connection.id)") takes
//     its type and optional flag from that entry's matching property;
//   - a shared definition of the same name in another language lends only its
//     optional flag (types differ between languages).

// buildItems reads a parameters, returns or properties list. Notices are only
// raised at top level (top): expansions of shared definitions repeat data that
// is reported where it is defined.
func (b *builder) buildItems(n *yaml.Node, src int, lang, where string, stack []*rawEntry, top bool, depth int) []Item {
	n = deref(n)
	if n == nil {
		return nil
	}
	var els []*yaml.Node
	switch n.Kind {
	case yaml.SequenceNode:
		els = n.Content
	case yaml.ScalarNode:
		if scalar(n) == "" {
			return nil
		}
		fallthrough
	case yaml.MappingNode:
		if top {
			b.notice(src, "%s: %s where a list is expected", where, kindName(n))
		}
		els = []*yaml.Node{n}
	default:
		return nil
	}
	items := make([]Item, 0, len(els))
	for _, el := range els {
		if it, ok := b.buildItem(el, src, lang, where, stack, top, depth); ok {
			items = append(items, it)
		}
	}
	return items
}

func (b *builder) buildItem(n *yaml.Node, src int, lang, where string, stack []*rawEntry, top bool, depth int) (Item, bool) {
	n = deref(n)
	if n == nil {
		return Item{}, false
	}
	if depth > maxDepth {
		if top {
			b.notice(src, "%s: items nested too deeply", where)
		}
		return Item{}, false
	}
	if !b.spend() {
		return Item{}, false
	}
	switch n.Kind {
	case yaml.ScalarNode:
		v := strings.TrimSpace(scalar(n))
		if v == "" {
			if top {
				b.notice(src, "%s: empty item", where)
			}
			return Item{}, false
		}
		if t := token(v); t != "" {
			return b.resolveItem(t, src, lang, where, stack, top, depth), true
		}
		if top {
			b.notice(src, "%s: item %q is plain text, not a mapping or token", where, v)
		}
		return Item{Name: v}, true
	case yaml.MappingNode:
		f := readFields(n)
		it := Item{Name: f.key, Type: f.typ, Optional: f.optional}
		if it.Type == "" {
			it.Type = f.title
		}
		if it.Name == "" {
			if it.Name = f.title; it.Name == "" && top {
				b.notice(src, "%s: item without a key", where)
			}
		}
		it.Description = b.itemText(f.desc, src, lang, where, top)
		if f.props != nil {
			it.Properties = b.buildItems(f.props, src, lang, where+" "+it.Name, stack, top, depth+1)
		}
		return it, true
	}
	if top {
		b.notice(src, "%s: item is %s", where, kindName(n))
	}
	return Item{}, false
}

// itemText resolves the description node of a mapping item or entry.
func (b *builder) itemText(d *yaml.Node, src int, lang, where string, top bool) string {
	if d == nil {
		return ""
	}
	if d.Kind != yaml.ScalarNode {
		if top {
			b.notice(src, "%s: description is %s, not text", where, kindName(d))
		}
		return ""
	}
	text := strings.TrimSpace(scalar(d))
	t := token(text)
	if t == "" {
		return text
	}
	s, out := b.resolveText(t, src, lang, nil)
	b.count(out, top, src, where, t)
	return s
}

func (b *builder) resolveItem(tok string, src int, lang, where string, stack []*rawEntry, top bool, depth int) Item {
	head, rest, _ := strings.Cut(tok, ".")
	if rest == "" {
		if h := b.findRaw(b.helpers, head, src, lang, false); h != nil && !onStack(stack, h) {
			inner := append(stack[:len(stack):len(stack)], h)
			if it, ok := b.buildItem(h.node, h.src, lang, where, inner, false, depth+1); ok {
				b.count(resolvedText, top, src, where, tok)
				return it
			}
		}
	}
	text, out := b.resolveText(tok, src, lang, nil)
	b.count(out, top, src, where, tok)
	it := Item{Name: itemName(tok), Description: text}
	base := strings.TrimSuffix(tok, ".self")
	bh, br, _ := strings.Cut(base, ".")
	if o := b.findRaw(b.objects, bh, src, lang, false); o != nil {
		if br == "" {
			it.Ref, it.Type = o.id, o.key
		} else if p := walkPath(o.node, br); p != nil {
			it.Type, it.Optional = str(p, "type"), flag(p, "optional")
		}
	}
	if rest == "" && !it.Optional {
		if h := b.findRaw(b.helpers, head, src, "*", false); h != nil {
			it.Optional = flag(h.node, "optional")
		}
	}
	return it
}

// count records one token occurrence at top level and reports failures.
func (b *builder) count(out outcome, top bool, src int, where, tok string) {
	if !top {
		return
	}
	b.stats.Tokens++
	switch out {
	case resolvedText:
		b.stats.Resolved++
	case resolvedEmpty:
		b.stats.Resolved++
		b.stats.Empty++
	case cyclic:
		b.stats.Unresolved++
		b.notice(src, "%s: token (%s) is part of a cycle or too deep a chain", where, tok)
	default:
		b.stats.Unresolved++
		b.notice(src, "%s: unresolved token (%s)", where, tok)
	}
}

// walkPath follows a dotted path of keys through nested item lists.
func walkPath(n *yaml.Node, path string) *yaml.Node {
	for seg := range strings.SplitSeq(path, ".") {
		if seg == "" {
			continue
		}
		if n = findProp(n, seg); n == nil {
			return nil
		}
	}
	return n
}

// itemName names the item a bare token stands for: its last segment, ".self" aside.
func itemName(tok string) string {
	segs := strings.Split(tok, ".")
	last := segs[len(segs)-1]
	if last == "self" && len(segs) > 1 {
		last = segs[len(segs)-2]
	}
	return last
}

func onStack(stack []*rawEntry, r *rawEntry) bool {
	for _, s := range stack {
		if s == r {
			return true
		}
	}
	return false
}
