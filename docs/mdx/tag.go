package mdx

import "strings"

// maxTagLen bounds how far a tag (attributes may span lines) is searched for its
// closing '>', so junk full of '<' stays linear in practice.
const maxTagLen = 4096

// attr is one JSX attribute. Expression values ({…}) keep their braces.
type attr struct {
	name, value string
}

// tag is a parsed JSX/HTML tag occupying src[start:end].
type tag struct {
	name        string
	closing     bool
	selfClosing bool
	attrs       []attr
	start, end  int
}

// get returns the attribute value (quotes removed) or "".
func (t *tag) get(name string) string {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

// has reports whether the attribute is present (also as a bare flag).
func (t *tag) has(name string) bool {
	for _, a := range t.attrs {
		if a.name == name {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isIdent(c byte) bool  { return isLetter(c) || isDigit(c) || c == '_' }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// blankLineAt reports whether the newline at src[i] is followed by a blank line:
// tags and links never cross paragraph breaks.
func blankLineAt(src string, i int) bool {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// parseTag parses a tag starting at src[i] == '<'. It fails on anything that is
// not a well-formed JSX tag within maxTagLen bytes and one paragraph.
func parseTag(src string, i int) (tag, bool) {
	t := tag{start: i}
	n := len(src)
	j := i + 1
	if j < n && src[j] == '/' {
		t.closing = true
		j++
	}
	k := j
	if k >= n || !isLetter(src[k]) {
		return t, false
	}
	for k < n && (isIdent(src[k]) || src[k] == '.' || src[k] == '-' || src[k] == ':') {
		k++
	}
	t.name = src[j:k]
	limit := min(n, i+maxTagLen)
	p := k
	if p < limit && !isSpace(src[p]) && src[p] != '/' && src[p] != '>' && src[p] != '{' {
		return t, false
	}
	for p < limit {
		c := src[p]
		switch {
		case c == '\n':
			if blankLineAt(src, p) {
				return t, false
			}
			p++
		case isSpace(c):
			p++
		case c == '>':
			t.end = p + 1
			return t, true
		case c == '/' && p+1 < n && src[p+1] == '>':
			t.selfClosing = true
			t.end = p + 2
			return t, true
		case t.closing:
			return t, false
		case c == '{': // spread or expression attribute: {...props}
			q, ok := skipBraces(src, p, limit)
			if !ok {
				return t, false
			}
			p = q
		default:
			q := p
			for q < limit && !isSpace(src[q]) && !strings.ContainsRune("=/>{}\"'<`", rune(src[q])) {
				q++
			}
			if q == p {
				return t, false
			}
			a := attr{name: src[p:q]}
			p = q
			for p < limit && (src[p] == ' ' || src[p] == '\t') {
				p++
			}
			if p < limit && src[p] == '=' {
				p++
				for p < limit && (src[p] == ' ' || src[p] == '\t') {
					p++
				}
				if p >= limit {
					return t, false
				}
				switch src[p] {
				case '"', '\'':
					e := strings.IndexByte(src[p+1:limit], src[p])
					if e < 0 {
						return t, false
					}
					a.value = src[p+1 : p+1+e]
					p += e + 2
				case '{':
					q, ok := skipBraces(src, p, limit)
					if !ok {
						return t, false
					}
					a.value = src[p:q]
					p = q
				default:
					q := p
					for q < limit && !isSpace(src[q]) && src[q] != '>' && src[q] != '/' {
						q++
					}
					a.value = src[p:q]
					p = q
				}
			}
			t.attrs = append(t.attrs, a)
		}
	}
	return t, false
}

// skipBraces returns the index just past the '}' matching src[p] == '{',
// skipping JS string and template literals.
func skipBraces(src string, p, limit int) (int, bool) {
	depth := 0
	for p < limit {
		switch c := src[p]; c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return p + 1, true
			}
		case '"', '\'', '`':
			q := p + 1
			for q < limit && src[q] != c {
				if src[q] == '\\' {
					q++
				}
				q++
			}
			if q >= limit {
				return 0, false
			}
			p = q
		}
		p++
	}
	return 0, false
}

// exprString returns the text of a simple string expression like {'x'} or {"x"}.
func exprString(v string) (string, bool) {
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(v, "{"), "}"))
	if len(v) >= 2 && (v[0] == '\'' || v[0] == '"' || v[0] == '`') && v[len(v)-1] == v[0] {
		inner := v[1 : len(v)-1]
		if !strings.ContainsRune(inner, rune(v[0])) {
			return inner, true
		}
	}
	return "", false
}
