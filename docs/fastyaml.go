package docs

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// fastYAML parses the block-style subset of YAML the corpus frontmatter is
// written in (indented mappings and lists, plain, quoted and block scalars)
// about ten times faster than the general parser, which dominated Load. It
// builds the same node tree as yaml.v3 (Kind, Style, Tag, Value, Content;
// Line and Column are not set) and gives up (ok false) on anything outside
// the subset — anchors, flow collections, comments, tabs, escapes, duplicate
// keys — so the caller falls back to yaml.v3, which also reports errors.
// TestFastYAMLMatchesYAML and FuzzFastYAML hold it to yaml.v3.
func fastYAML(src string) (top *yaml.Node, ok bool) {
	if !fastChars(src) {
		return nil, false
	}
	p := &fastParser{ok: true, finalNL: strings.HasSuffix(src, "\n")}
	for line := range strings.SplitSeq(strings.TrimSuffix(src, "\n"), "\n") {
		t := strings.TrimLeft(line, " ")
		p.lines = append(p.lines, fyLine{ind: len(line) - len(t), text: strings.TrimRight(t, " "), raw: t})
	}
	p.skipBlank()
	if p.i >= len(p.lines) || p.lines[p.i].ind != 0 {
		return nil, false
	}
	top = p.mapping(0)
	p.skipBlank()
	if !p.ok || p.i < len(p.lines) {
		return nil, false
	}
	return top, true
}

type fyLine struct {
	ind  int    // leading spaces
	text string // the rest, trailing spaces trimmed; "" for a blank line
	raw  string // the rest as written: block scalars keep trailing spaces
}

type fastParser struct {
	lines []fyLine
	i     int
	ok    bool
	slab  []yaml.Node
	// finalNL: the source ends with a line break, which a block scalar on
	// its last line keeps.
	finalNL bool // nodes are carved from here: one allocation per many nodes
}

func (p *fastParser) node(kind yaml.Kind, style yaml.Style, tag, value string) *yaml.Node {
	if len(p.slab) == cap(p.slab) {
		// Most lines make two nodes (key and value); later slabs are smaller.
		n := 2*len(p.lines) + 2
		if cap(p.slab) > 0 {
			n = len(p.lines)/2 + 8
		}
		p.slab = make([]yaml.Node, 0, n)
	}
	p.slab = append(p.slab, yaml.Node{Kind: kind, Style: style, Tag: tag, Value: value})
	return &p.slab[len(p.slab)-1]
}

func (p *fastParser) fail() *yaml.Node {
	p.ok = false
	return nil
}

// skipBlank moves to the next line with text.
func (p *fastParser) skipBlank() {
	for p.i < len(p.lines) && p.lines[p.i].text == "" {
		p.i++
	}
}

// lineAt skips blank lines and returns the current line while the block at
// indent ind goes on; a deeper line there is not in the fast subset (fail).
func (p *fastParser) lineAt(ind int) (fyLine, bool) {
	p.skipBlank()
	if p.i >= len(p.lines) || p.lines[p.i].ind < ind {
		return fyLine{}, false
	}
	if l := p.lines[p.i]; l.ind == ind {
		return l, true
	}
	p.fail()
	return fyLine{}, false
}

// mapping reads "key: value" lines at indent ind; the current line is its first key.
func (p *fastParser) mapping(ind int) *yaml.Node {
	m := p.node(yaml.MappingNode, 0, "!!map", "")
	for p.ok {
		l, more := p.lineAt(ind)
		if !more {
			break
		}
		key, rest, isKey := splitKey(l.text)
		if !isKey {
			return p.fail()
		}
		if !plainOK(key) || len(key) > 1000 {
			return p.fail()
		}
		for i := 0; i < len(m.Content); i += 2 {
			if m.Content[i].Value == key {
				return p.fail() // yaml.v3 rejects duplicate keys: let it say so
			}
		}
		k := p.node(yaml.ScalarNode, 0, plainTag(key), key)
		if k.Tag == "" {
			return p.fail()
		}
		p.i++
		var v *yaml.Node
		if rest == "" {
			v = p.block(ind, true)
		} else {
			v = p.scalar(rest, ind)
		}
		if !p.ok {
			return nil
		}
		m.Content = append(m.Content, k, v)
	}
	if !p.ok {
		return nil
	}
	return m
}

// sequence reads "- item" lines at indent ind.
func (p *fastParser) sequence(ind int) *yaml.Node {
	s := p.node(yaml.SequenceNode, 0, "!!seq", "")
	for p.ok {
		l, more := p.lineAt(ind)
		if !more {
			break
		}
		if !isSeqEntry(l.text) {
			break // the next key of the mapping holding a compact list
		}
		rest := strings.TrimLeft(l.text[1:], " ")
		var v *yaml.Node
		switch {
		case rest == "":
			p.i++
			v = p.block(ind, false)
		case isSeqEntry(rest):
			return p.fail() // "- - x": nested compact lists are outside the subset
		default:
			col := ind + len(l.text) - len(rest)
			if _, _, isKey := splitKey(rest); isKey {
				// "- key: v": the item is a mapping whose keys sit at col.
				p.lines[p.i] = fyLine{ind: col, text: rest, raw: rest}
				v = p.mapping(col)
			} else {
				p.i++
				v = p.scalar(rest, ind)
			}
		}
		if !p.ok {
			return nil
		}
		s.Content = append(s.Content, v)
	}
	if !p.ok {
		return nil
	}
	return s
}

// block reads the value of "key:" or "-" written on the following lines,
// more indented than parent (or, for a key, a list at the key's own indent).
func (p *fastParser) block(parent int, compact bool) *yaml.Node {
	p.skipBlank()
	if p.i < len(p.lines) {
		l := p.lines[p.i]
		switch {
		case l.ind == parent && compact && isSeqEntry(l.text):
			return p.sequence(l.ind)
		case l.ind > parent && isSeqEntry(l.text):
			return p.sequence(l.ind)
		case l.ind > parent:
			if _, _, isKey := splitKey(l.text); isKey {
				return p.mapping(l.ind)
			}
			p.i++
			return p.scalar(l.text, parent)
		}
	}
	return p.node(yaml.ScalarNode, 0, "!!null", "")
}

// scalar reads a scalar that starts with text (already consumed) and may
// continue on lines more indented than parent.
func (p *fastParser) scalar(text string, parent int) *yaml.Node {
	switch text[0] {
	case '\'':
		v, ok := singleQuoted(text)
		if !ok {
			return p.fail()
		}
		return p.node(yaml.ScalarNode, yaml.SingleQuotedStyle, "!!str", v)
	case '"':
		if len(text) < 2 || text[len(text)-1] != '"' || strings.ContainsAny(text[1:len(text)-1], "\"\\") {
			return p.fail()
		}
		return p.node(yaml.ScalarNode, yaml.DoubleQuotedStyle, "!!str", text[1:len(text)-1])
	case '|', '>':
		return p.blockScalar(text, parent)
	case '[', '{':
		// Only the empty collections ("returns: []") are in the subset.
		switch text {
		case "[]":
			return p.node(yaml.SequenceNode, yaml.FlowStyle, "!!seq", "")
		case "{}":
			return p.node(yaml.MappingNode, yaml.FlowStyle, "!!map", "")
		}
		return p.fail()
	}
	if !plainOK(text) {
		return p.fail()
	}
	// Continuation lines fold into one space; blank lines between them
	// become line breaks.
	var b strings.Builder
	b.WriteString(text)
	breaks := 0
	for j := p.i; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.text == "" {
			breaks++
			continue
		}
		if l.ind <= parent {
			break
		}
		if !plainOK(l.text) || isSeqEntry(l.text) {
			return p.fail()
		}
		if breaks == 0 {
			b.WriteByte(' ')
		}
		for ; breaks > 0; breaks-- {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
		p.i = j + 1
	}
	v := b.String()
	tag := plainTag(v)
	if tag == "" {
		return p.fail()
	}
	return p.node(yaml.ScalarNode, 0, tag, v)
}

// blockScalar reads "|", "|-", ">" or ">-" and its lines (indicators with
// an explicit indent or "+" are left to yaml.v3).
func (p *fastParser) blockScalar(header string, parent int) *yaml.Node {
	style, strip := yaml.LiteralStyle, false
	if header[0] == '>' {
		style = yaml.FoldedStyle
	}
	switch header[1:] {
	case "":
	case "-":
		strip = true
	default:
		return p.fail()
	}
	// The first line with text sets the indent; leading blank lines are left
	// to yaml.v3 (their spaces matter).
	if p.i < len(p.lines) && p.lines[p.i].text == "" {
		return p.fail()
	}
	if p.i >= len(p.lines) || p.lines[p.i].ind <= parent {
		return p.node(yaml.ScalarNode, style, "!!str", "")
	}
	ind := p.lines[p.i].ind
	var b strings.Builder
	breaks, end := 0, p.i
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.text == "" {
			if l.ind > ind {
				return p.fail() // spaces beyond the indent are content
			}
			breaks++
			continue
		}
		if l.ind < ind {
			break
		}
		if style == yaml.FoldedStyle && l.ind > ind {
			return p.fail() // more-indented lines fold differently
		}
		if b.Len() > 0 {
			switch {
			case style == yaml.LiteralStyle:
				breaks++
			case breaks == 0:
				b.WriteByte(' ')
			}
			for ; breaks > 0; breaks-- {
				b.WriteByte('\n')
			}
		}
		breaks = 0
		b.WriteString(strings.Repeat(" ", l.ind-ind))
		b.WriteString(l.raw)
		end = p.i + 1
	}
	// Trailing blank lines are dropped by both chomping styles handled here.
	p.i = end
	if !strip && (end < len(p.lines) || p.finalNL) {
		b.WriteByte('\n')
	}
	return p.node(yaml.ScalarNode, style, "!!str", b.String())
}

// splitKey splits "key: rest" or "key:"; isKey false when the line is no
// mapping entry.
func splitKey(s string) (key, rest string, isKey bool) {
	if s == "" || s[0] == '\'' || s[0] == '"' || isSeqEntry(s) {
		return "", "", false
	}
	if i := strings.Index(s, ": "); i >= 0 {
		return s[:i], strings.TrimLeft(s[i+2:], " "), true
	}
	if strings.HasSuffix(s, ":") {
		return s[:len(s)-1], "", true
	}
	return "", "", false
}

func isSeqEntry(s string) bool { return s == "-" || strings.HasPrefix(s, "- ") }

// plainOK: s may be read as a plain scalar by the rules of this subset.
func plainOK(s string) bool {
	if s == "" || strings.TrimSpace(s) != s {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) {
		return false
	}
	if s == "---" || s == "..." || strings.HasSuffix(s, ":") {
		return false
	}
	return !strings.Contains(s, ": ") && !strings.Contains(s, " #")
}

// singleQuoted decodes a one-line 'text' with ” escapes.
func singleQuoted(s string) (string, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return b.String(), i == len(s)-1
	}
	return "", false
}

// plainTag is the tag yaml.v3 resolves a plain scalar to; "" when the scalar
// needs its rules for numbers, dates or merge keys.
func plainTag(s string) string {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return "!!null"
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
		return "!!float"
	case "<<":
		return ""
	}
	if c := s[0]; (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') && maybeNumber(s) {
		return numberTag(s)
	}
	return "!!str"
}

// maybeNumber: s only holds characters of YAML numbers (decimal, hex,
// octal, binary, floats) and timestamps; anything else is a string.
func maybeNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
		case strings.IndexByte("xXoO_+-.:tTzZ ", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// numberTag asks yaml.v3 about scalars that may be numbers or timestamps;
// they are rare in frontmatter.
func numberTag(s string) string {
	var doc yaml.Node
	if yaml.Unmarshal([]byte(s), &doc) != nil || len(doc.Content) != 1 {
		return ""
	}
	n := doc.Content[0]
	if n.Kind != yaml.ScalarNode || n.Value != s {
		return ""
	}
	return n.Tag
}

// fastChars rejects what the subset leaves to yaml.v3: tabs, carriage
// returns, characters YAML does not allow, and the Unicode line breaks it
// honours (NEL, LS, PS).
func fastChars(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r == '\n' || r >= ' ' && r < 0x7f:
		case r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff, r >= 0xd800 && r < 0xe000, r == 0xfffe, r == 0xffff:
			return false
		}
	}
	return true
}
