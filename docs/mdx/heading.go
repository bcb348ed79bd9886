package mdx

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Heading lines are written with a private marker "\x00anchor\x00" at the end
// (the input's NULs are replaced beforehand). The final pass strips the markers
// and computes offsets, so components may re-indent and reorder their content.
const mark = '\x00'

var urlAttr = regexp.MustCompile(`"url"\s*:\s*"([^"]*)"`)

// headingLine handles an ATX heading at s.pos; false if the line is not one.
func (s *state) headingLine(eol int) bool {
	src := s.src
	line := src[s.pos:eol]
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level > 6 || (level < len(line) && line[level] != ' ' && line[level] != '\t') {
		return false
	}
	body := strings.TrimRight(line[level:], " \t\r")
	anchorID := ""
	if strings.HasSuffix(body, "}}") {
		if k := strings.LastIndex(body, "{{"); k >= 0 {
			anchorID = attrAnchor(body[k+1 : len(body)-1])
			body = body[:k]
		}
	}
	// Optional closing sequence: "## Title ##".
	if t := strings.TrimRight(body, "#"); len(t) < len(body) && (t == "" || strings.HasSuffix(t, " ")) {
		body = t
	}
	start := s.pos + level
	var text []byte
	s.pos = start
	s.inline(&text, start+len(body), modeHeading)
	s.pos = min(eol+1, len(src))
	s.emitHeading(level, bytes.TrimSpace(text), anchorID)
	return true
}

// attrAnchor reads "url" from a heading's attribute object.
func attrAnchor(obj string) string {
	var m map[string]any
	if json.Unmarshal([]byte(obj), &m) == nil {
		if v, ok := m["url"].(string); ok {
			return v
		}
		return ""
	}
	if sm := urlAttr.FindStringSubmatch(obj); sm != nil {
		return sm[1]
	}
	return ""
}

func (s *state) emitHeading(level int, text []byte, anchorID string) {
	f := s.top()
	f.flushFold()
	f.ensureBlank()
	f.pending = false
	f.out = append(f.out, headingLine(level, text, anchorID)...)
	f.pending = true
	s.lastLevel = level
}

// headingLine builds a marked heading line ending in '\n'.
func headingLine(level int, text []byte, anchorID string) []byte {
	b := make([]byte, 0, level+len(text)+len(anchorID)+4)
	b = append(b, strings.Repeat("#", level)...)
	if len(text) > 0 {
		b = append(b, ' ')
		b = append(b, text...)
	}
	b = append(b, mark)
	b = append(b, anchorID...)
	b = append(b, mark, '\n')
	return b
}

// markHeadings marks the headings of foreign Markdown (SDK signatures) so
// they are listed too; lines inside fences are left alone.
func markHeadings(md string) []byte {
	var b []byte
	var fc byte
	fn := 0
	for len(md) > 0 {
		eol := strings.IndexByte(md, '\n')
		line := md
		if eol >= 0 {
			line = md[:eol]
			md = md[eol+1:]
		} else {
			md = ""
		}
		t := strings.TrimLeft(line, " ")
		c, n := fenceRun(t)
		switch {
		case fn > 0:
			if c == fc && n >= fn && strings.TrimSpace(t[n:]) == "" {
				fn = 0
			}
			b = append(b, line...)
		case n > 0:
			fc, fn = c, n
			b = append(b, line...)
		case strings.HasPrefix(line, "#"):
			lv := len(line) - len(strings.TrimLeft(line, "#"))
			if lv <= 6 && (lv == len(line) || line[lv] == ' ') {
				b = append(b, headingLine(lv, []byte(strings.TrimSpace(line[lv:])), "")...)
				continue
			}
			b = append(b, line...)
		default:
			b = append(b, line...)
		}
		b = append(b, '\n')
	}
	return b
}

// finish strips heading markers, left-aligns marked headings and lists them
// with unique anchors and byte offsets.
func finish(md []byte) (string, []Heading) {
	if bytes.IndexByte(md, mark) < 0 {
		return string(md), nil
	}
	out := make([]byte, 0, len(md))
	var hs []Heading
	used := map[string]bool{}
	next := map[string]int{}
	for len(md) > 0 {
		eol := bytes.IndexByte(md, '\n')
		line := md
		if eol >= 0 {
			line = md[:eol+1]
			md = md[eol+1:]
		} else {
			md = nil
		}
		k := bytes.IndexByte(line, mark)
		if k < 0 {
			out = append(out, line...)
			continue
		}
		explicit := ""
		rest := line[k+1:]
		if e := bytes.IndexByte(rest, mark); e >= 0 {
			explicit = string(rest[:e])
			rest = rest[e+1:]
		}
		text := append(line[:k:k], rest...)
		trimmed := bytes.TrimLeft(text, " ")
		if len(trimmed) == 0 || trimmed[0] != '#' {
			out = append(out, text...)
			continue
		}
		level := 0
		for level < len(trimmed) && trimmed[level] == '#' {
			level++
		}
		plain := plainText(string(bytes.TrimSpace(trimmed[level:])))
		id := explicit
		if id == "" {
			id = Slug(plain)
		}
		id = unique(used, next, id)
		hs = append(hs, Heading{Level: level, Text: plain, Anchor: id, Offset: len(out)})
		out = append(out, trimmed...)
	}
	return string(out), hs
}

// unique dedupes anchors like GitHub (-1, -2…); next remembers the last
// suffix per base so a page of identical headings stays linear.
func unique(used map[string]bool, next map[string]int, id string) string {
	n := next[id]
	u := id
	if n > 0 {
		u = id + "-" + strconv.Itoa(n)
	}
	for used[u] {
		n++
		u = id + "-" + strconv.Itoa(n)
	}
	next[id] = n + 1
	used[u] = true
	return u
}

// Slug is GitHub's heading anchor, the one every face of the program uses:
// lower case, letters/digits/-/_ kept, spaces to '-', everything else dropped.
func Slug(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

var mdLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// plainText strips inline Markdown (code ticks, emphasis, links, escapes).
func plainText(s string) string {
	if strings.ContainsRune(s, '[') {
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if !strings.ContainsAny(s, "`*\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '`':
		case '*':
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				i++
				b.WriteByte(s[i])
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !isLetter(c) && !isDigit(c)
}
