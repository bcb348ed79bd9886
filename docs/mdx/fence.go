package mdx

import (
	"bytes"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
)

// fenceRun returns the fence character and run length at the start of line
// (the one fence rule, in package markdown).
func fenceRun(line string) (byte, int) {
	f, _ := markdown.FenceRun(line)
	return f.Char, f.N
}

// openFence starts a fenced code block: the info string is reduced to the
// language, a title="…" becomes an italic caption above the fence.
func (s *state) openFence(line string, ind, rel, eol int) bool {
	c, n := fenceRun(line)
	if n == 0 {
		return false
	}
	info := strings.TrimSpace(strings.TrimRight(line[n:], "\r"))
	if c == '`' && strings.IndexByte(info, '`') >= 0 {
		return false // inline code like ```x```, not a fence
	}
	lang, title := parseInfo(info)
	f := s.top()
	if title != "" {
		f.ensureBlank()
		f.pending = false
		f.line(rel, []byte("*"+escapeText(title)+"*"))
	}
	open := make([]byte, 0, n+len(lang))
	open = append(open, bytes.Repeat([]byte{c}, n)...)
	open = append(open, lang...)
	f.line(rel, open)
	s.fence = &fenceState{char: c, n: n, strip: ind - rel, rel: rel}
	s.pos = min(eol+1, len(s.src))
	return true
}

// fenceLine copies one line inside a fence, removing only the component
// indentation; the closing marker is normalised like the opener.
func (s *state) fenceLine() {
	src := s.src
	eol := lineEnd(src, s.pos)
	line := src[s.pos:eol]
	s.pos = min(eol+1, len(src))
	fs := s.fence
	f := s.top()
	_, p := indentAt(line, 0)
	if c, n := fenceRun(line[p:]); c == fs.char && n >= fs.n && strings.TrimSpace(line[p+n:]) == "" {
		f.line(fs.rel, bytes.Repeat([]byte{c}, fs.n))
		s.fence = nil
		return
	}
	// Remove at most fs.strip leading columns of whitespace.
	cut, cols := 0, 0
	for cut < len(line) && cols < fs.strip && (line[cut] == ' ' || line[cut] == '\t') {
		if line[cut] == '\t' {
			cols += 2
		} else {
			cols++
		}
		cut++
	}
	f.raw(line[cut:])
}

// parseInfo splits a fence info string like `js title="x" language="js"`.
func parseInfo(info string) (lang, title string) {
	if info == "" {
		return "", ""
	}
	first := info
	if i := strings.IndexAny(info, " \t"); i >= 0 {
		first = info[:i]
	}
	if !strings.ContainsAny(first, "={}") {
		lang = first
	}
	title = infoAttr(info, "title")
	if lang == "" {
		lang = infoAttr(info, "language")
	}
	return lang, title
}

// infoAttr finds key="v", key='v' or key=v in a fence info string.
func infoAttr(info, key string) string {
	for i := 0; i < len(info); {
		j := strings.Index(info[i:], key+"=")
		if j < 0 {
			return ""
		}
		j += i
		if j > 0 && info[j-1] != ' ' && info[j-1] != '\t' {
			i = j + len(key) + 1
			continue
		}
		v := info[j+len(key)+1:]
		if v != "" && (v[0] == '"' || v[0] == '\'') {
			if e := strings.IndexByte(v[1:], v[0]); e >= 0 {
				return v[1 : 1+e]
			}
			return v[1:]
		}
		if e := strings.IndexAny(v, " \t"); e >= 0 {
			v = v[:e]
		}
		return v
	}
	return ""
}
