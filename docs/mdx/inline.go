package mdx

import (
	"bytes"
	"strings"
)

// Inline scanning modes: in line mode block components may open and close;
// headings and link texts only take inline renderings.
const (
	modeLine = iota
	modeHeading
	modeLink
)

// maxLinkScan bounds the search for a link's "](" so junk full of '[' stays cheap.
const maxLinkScan = 2048

// inline renders src from s.pos into *out until end (end < 0: until the end
// of the logical line, leaving s.pos on the '\n'). Newlines met before an
// explicit end (wrapped link text) become single spaces.
func (s *state) inline(out *[]byte, end int, mode int) {
	src := s.src
	stop := end
	if stop < 0 || stop > len(src) {
		stop = len(src)
	}
	for s.pos < stop {
		c := src[s.pos]
		if s.trimNext {
			if c == ' ' || c == '\t' {
				s.pos++
				continue
			}
			s.trimNext = false
		}
		switch c {
		case '\n':
			if end < 0 {
				return
			}
			*out = append(*out, ' ')
			_, s.pos = indentAt(src, s.pos+1)
		case '\\':
			if s.pos+1 < stop && src[s.pos+1] != '\n' {
				*out = append(*out, src[s.pos:s.pos+2]...)
				s.pos += 2
			} else {
				*out = append(*out, c)
				s.pos++
			}
		case '`':
			s.codeSpan(out, stop)
		case '<':
			s.angle(out, stop, mode)
		case '!':
			if s.pos+1 < stop && src[s.pos+1] == '[' {
				s.link(out, stop, true)
			} else {
				*out = append(*out, c)
				s.pos++
			}
		case '[':
			s.link(out, stop, false)
		case '{':
			s.brace(out, stop)
		default:
			j := s.pos + 1
			for j < stop && !special[src[j]] {
				j++
			}
			*out = append(*out, src[s.pos:j]...)
			s.pos = j
		}
	}
}

var special = func() (t [256]bool) {
	for _, c := range []byte("\n\\`<![{") {
		t[c] = true
	}
	return
}()

// codeSpan copies an inline code span verbatim; an unmatched run of
// backticks is literal.
func (s *state) codeSpan(out *[]byte, stop int) {
	src := s.src
	i := s.pos
	n := 0
	for i+n < stop && src[i+n] == '`' {
		n++
	}
	eol := min(lineEnd(src, i), stop)
	for j := i + n; j < eol; {
		k := strings.IndexByte(src[j:eol], '`')
		if k < 0 {
			break
		}
		j += k
		m := 0
		for j+m < eol && src[j+m] == '`' {
			m++
		}
		if m == n {
			*out = append(*out, src[i:j+m]...)
			s.pos = j + m
			return
		}
		j += m
	}
	*out = append(*out, src[i:i+n]...)
	s.pos = i + n
}

// brace handles JSX expressions in text: comments are dropped, string
// literals ({' '}) become their text, anything else stays literal.
func (s *state) brace(out *[]byte, stop int) {
	src := s.src
	i := s.pos
	if strings.HasPrefix(src[i:], "{/*") && !s.noJSXComment {
		if e := strings.Index(src[i+3:], "*/}"); e >= 0 {
			s.pos = i + 3 + e + 3
			return
		}
		s.noJSXComment = true
	}
	if j, ok := skipBraces(src, i, min(stop, i+256)); ok {
		if v, ok := exprString(src[i:j]); ok {
			*out = append(*out, v...)
			s.pos = j
			return
		}
	}
	*out = append(*out, '{')
	s.pos++
}

// literalLT writes a '<' that is not a tag, escaped when a Markdown renderer
// could take it for raw HTML (so "Task<Group>" stays visible).
func (s *state) literalLT(out *[]byte) {
	i := s.pos
	if i+1 < len(s.src) {
		if c := s.src[i+1]; isLetter(c) || c == '/' || c == '!' || c == '?' {
			*out = append(*out, '\\')
		}
	}
	*out = append(*out, '<')
	s.pos++
}

// angle handles '<': comments, autolinks, tags, or a literal.
func (s *state) angle(out *[]byte, stop int, mode int) {
	src := s.src
	i := s.pos
	if strings.HasPrefix(src[i:], "<!--") {
		if !s.noCommentEnd {
			if e := strings.Index(src[i+4:], "-->"); e >= 0 {
				s.pos = i + 4 + e + 3
				return
			}
			s.noCommentEnd = true
		}
		s.notice("unclosed HTML comment")
		s.literalLT(out)
		return
	}
	if j := autolinkEnd(src, i, stop); j > 0 {
		dest := src[i+1 : j-1]
		nd := s.env.Link(dest)
		*out = append(*out, '<')
		*out = append(*out, nd...)
		*out = append(*out, '>')
		s.links = append(s.links, Link{Text: dest, Dest: nd})
		s.pos = j
		return
	}
	var t tag
	ok := false
	if s.nextByte(&s.nextGT, '>', i) < i+maxTagLen {
		t, ok = parseTag(src, i)
	}
	if !ok || t.end > stop {
		if name := tagNameAt(src, i+1); !ok && isBlockName(name) {
			s.notice("malformed tag <" + name)
		}
		s.literalLT(out)
		return
	}
	// A tag glued to an identifier is a generic type: Task<List<Group>>.
	if !t.closing && !t.selfClosing && i > 0 && isIdent(src[i-1]) && htmlTags[t.name] == 0 {
		s.literalLT(out)
		return
	}
	if t.name[0] >= 'a' && t.name[0] <= 'z' {
		s.html(t, out, mode)
		return
	}
	s.component(t, out, mode)
}

func tagNameAt(src string, i int) string {
	j := i
	for j < len(src) && (isIdent(src[j]) || src[j] == '.') {
		j++
	}
	return src[i:j]
}

// autolinkEnd returns the end of an autolink <scheme:…> or <a@b.c> at i, or 0.
func autolinkEnd(src string, i, stop int) int {
	j := i + 1
	k := j
	for k < stop && k-j < 32 && (isLetter(src[k]) || isDigit(src[k]) || src[k] == '+' || src[k] == '.' || src[k] == '-') {
		k++
	}
	email := false
	if k-j < 2 || k >= stop || src[k] != ':' {
		if k < stop && (src[k] == '@' || src[k] == '_') {
			email = true
		} else {
			return 0
		}
	}
	for e := k; e < stop && e-i < 2048; e++ {
		switch c := src[e]; {
		case c == '>':
			if email && !strings.Contains(src[k:e], ".") {
				return 0
			}
			return e + 1
		case c <= ' ' || c == '<':
			return 0
		}
	}
	return 0
}

// link renders [text](dest) with the destination rewritten by Env.Link, or an
// image ![alt](src) kept as is (minus a trailing [border=false]-style suffix).
func (s *state) link(out *[]byte, stop int, image bool) {
	src := s.src
	i := s.pos
	open := i
	if image {
		open++
	}
	cb := -1
	if s.nextByte(&s.nextRB, ']', open) < min(stop, open+maxLinkScan) {
		cb = matchBracket(src, open, stop)
	}
	if cb < 0 || cb+1 >= stop || src[cb+1] != '(' || s.depth > 3 {
		*out = append(*out, src[i:open+1]...)
		s.pos = open + 1
		return
	}
	cp := matchParen(src, cb+1, stop)
	if cp < 0 {
		*out = append(*out, src[i:open+1]...)
		s.pos = open + 1
		return
	}
	if image {
		alt := string(appendFlat(nil, src[open+1:cb]))
		dest, _ := splitDest(src[cb+2 : cp])
		s.image(out, alt, dest)
		s.pos = cp + 1
		if j := imageSuffix(src, s.pos, stop); j > 0 {
			s.pos = j
		}
		return
	}
	var text []byte
	s.pos = open + 1
	s.depth++
	s.inline(&text, cb, modeLink)
	s.depth--
	dest, title := splitDest(src[cb+2 : cp])
	nd := s.env.Link(dest)
	*out = append(*out, '[')
	*out = append(*out, text...)
	*out = append(*out, "]("...)
	if strings.ContainsAny(nd, " ()") && !strings.HasPrefix(nd, "<") {
		nd = "<" + nd + ">"
	}
	*out = append(*out, nd...)
	if title != "" {
		*out = append(*out, ' ')
		*out = appendFlat(*out, title)
	}
	*out = append(*out, ')')
	s.links = append(s.links, Link{Text: plainText(string(text)), Dest: strings.Trim(nd, "<>")})
	s.pos = cp + 1
}

// image writes an image as "image: [alt](src)": a terminal cannot show it,
// so it reads as a link to the picture (the explorer numbers it like any
// link). Inside a link's text, where links cannot nest, only "image: alt".
func (s *state) image(out *[]byte, alt, src string) {
	alt = strings.TrimSpace(alt)
	if alt == "" {
		alt = "untitled"
	}
	*out = append(*out, "image: "...)
	if s.depth > 0 || strings.TrimSpace(src) == "" {
		*out = append(*out, alt...)
		return
	}
	if strings.ContainsAny(src, " ()") && !strings.HasPrefix(src, "<") {
		src = "<" + src + ">"
	}
	*out = append(*out, '[')
	*out = append(*out, alt...)
	*out = append(*out, "]("...)
	*out = append(*out, src...)
	*out = append(*out, ')')
	s.links = append(s.links, Link{Text: plainText(alt), Dest: strings.Trim(src, "<>")})
}

// matchBracket finds the ']' closing the '[' at i, within one paragraph.
func matchBracket(src string, i, stop int) int {
	depth := 0
	limit := min(stop, i+maxLinkScan)
	for j := i; j < limit; j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		case '\n':
			if blankLineAt(src, j) {
				return -1
			}
		}
	}
	return -1
}

// matchParen finds the ')' closing the '(' at i on the same line.
func matchParen(src string, i, stop int) int {
	depth := 0
	limit := min(stop, i+maxLinkScan)
	inAngle := false
	for j := i; j < limit; j++ {
		switch src[j] {
		case '\\':
			j++
		case '\n':
			return -1
		case '<':
			if j == i+1 {
				inAngle = true
			}
		case '>':
			inAngle = false
		case '(':
			if !inAngle {
				depth++
			}
		case ')':
			if !inAngle {
				depth--
				if depth == 0 {
					return j
				}
			}
		}
	}
	return -1
}

// splitDest splits a link's "dest "title"" part.
func splitDest(s string) (dest, title string) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<") {
		if e := strings.IndexByte(s, '>'); e > 0 {
			return s[1:e], strings.TrimSpace(s[e+1:])
		}
	}
	if e := strings.IndexAny(s, " \t"); e >= 0 {
		return s[:e], strings.TrimSpace(s[e+1:])
	}
	return s, ""
}

// imageSuffix returns the end of a "[key=value]" display hint after an image.
func imageSuffix(src string, i, stop int) int {
	if i >= stop || src[i] != '[' {
		return 0
	}
	e := strings.IndexByte(src[i:min(stop, i+64)], ']')
	if e < 0 {
		return 0
	}
	inner := src[i+1 : i+e]
	k, _, ok := strings.Cut(inner, "=")
	if !ok || k == "" {
		return 0
	}
	for j := 0; j < len(k); j++ {
		if !isIdent(k[j]) && k[j] != '-' {
			return 0
		}
	}
	return i + e + 1
}

// appendFlat appends s with line breaks (and the indentation after them)
// collapsed to single spaces.
func appendFlat(b []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return append(b, s...)
		}
		b = append(b, bytes.TrimRight([]byte(s[:i]), " \t\r")...)
		b = append(b, ' ')
		s = strings.TrimLeft(s[i+1:], " \t")
	}
}

// nextByte returns the index of the next c at or after i (len(src) if none),
// caching it in *memo so runs of '<' or '[' without a closer stay linear.
func (s *state) nextByte(memo *int, c byte, i int) int {
	if *memo >= i && *memo > 0 {
		return *memo
	}
	if e := strings.IndexByte(s.src[i:], c); e >= 0 {
		*memo = i + e
	} else {
		*memo = len(s.src)
	}
	return *memo
}
