package mdx

import (
	"bytes"
	"regexp"
	"strings"
)

// state is one transform run: a single pass over the body, line by line.
// Multi-line constructs (tags with attributes on several lines, comments,
// links whose text wraps) are consumed by the inline scanner as they come.
type state struct {
	src   string
	pos   int
	env   Env
	stack []*frame

	fence *fenceState

	choice   Choice // the reader's stack: alternatives for others fold away
	stackDep bool   // some alternative names a stack
	widgets  []string

	lineInd   int  // source indentation of the current line
	segRel    int  // output indentation of the current text segment
	inTable   bool // current line is a table row
	trimNext  bool // drop spaces right after an opening inline tag
	openedAt  int  // output length right after the last opening delimiter
	prevBlank bool
	lastLevel int // level of the last heading seen, for Event headings
	depth     int // link nesting

	seg          []byte // the current text segment of the line
	anchors      []anchor
	links        []Link
	notices      []string
	noticed      map[string]bool
	closers      map[string]bool
	noCloseAfter map[string]int // memo for skipTo
	tooDeep      map[string]int // opening tags ignored beyond maxDepth

	noCommentEnd bool // memo: no "-->" after some point, don't search again
	noJSXComment bool
	nextGT       int // memo: index of the next '>'
	nextRB       int // memo: index of the next ']'
}

type anchor struct {
	dest  string
	start int
}

type fenceState struct {
	char  byte
	n     int
	strip int // source indentation removed from every fence line
	rel   int // output indentation of the fence markers
}

func (s *state) top() *frame { return s.stack[len(s.stack)-1] }

func (s *state) notice(msg string) {
	if s.noticed[msg] || len(s.notices) >= 20 {
		return
	}
	if s.noticed == nil {
		s.noticed = map[string]bool{}
	}
	s.noticed[msg] = true
	s.notices = append(s.notices, msg)
}

// hasCloser reports whether "</name" occurs anywhere in the body (cached).
func (s *state) hasCloser(name string) bool {
	if v, ok := s.closers[name]; ok {
		return v
	}
	if s.closers == nil {
		s.closers = map[string]bool{}
	}
	v := strings.Contains(s.src, "</"+name)
	s.closers[name] = v
	return v
}

// indentAt counts the indentation at i (a tab counts as two columns, the
// corpus's nesting step) and returns the first non-blank index.
func indentAt(src string, i int) (int, int) {
	n := 0
	for i < len(src) {
		switch src[i] {
		case ' ':
			n++
		case '\t':
			n += 2
		default:
			return n, i
		}
		i++
	}
	return n, i
}

func lineEnd(src string, i int) int {
	if e := strings.IndexByte(src[i:], '\n'); e >= 0 {
		return i + e
	}
	return len(src)
}

func (s *state) run() {
	src := s.src
	s.prevBlank = true
	for s.pos < len(src) {
		if s.fence != nil {
			s.fenceLine()
			continue
		}
		ind, p := indentAt(src, s.pos)
		eol := lineEnd(src, p)
		if p == eol {
			s.top().blank()
			s.pos = eol + 1
			s.prevBlank = true
			continue
		}
		// A line no deeper than an alternative's marker ends it.
		for f := s.top(); f.kind == kOption && ind <= f.srcCol; f = s.top() {
			s.pop()
		}
		f := s.top()
		if f.contentCol < 0 {
			if ind >= f.srcCol {
				f.contentCol = min(ind, f.srcCol+2)
			} else {
				f.contentCol = ind
			}
		}
		rel := ind - min(ind, f.contentCol)
		s.pos = p
		line := src[p:eol]
		switch {
		case s.openFence(line, ind, rel, eol):
		case line[0] == '#' && s.headingLine(eol):
		case len(s.stack) == 1 && ind == 0 && s.prevBlank && isESM(line):
			s.skipESM()
			continue // prevBlank stays: statements follow each other
		default:
			s.textLine(ind, rel)
		}
		s.prevBlank = false
	}
	if s.fence != nil {
		s.notice("unclosed code fence")
		f := s.top()
		f.line(s.fence.rel, bytes.Repeat([]byte{s.fence.char}, s.fence.n))
		s.fence = nil
	}
	for len(s.stack) > 1 {
		if s.top().kind != kOption {
			s.notice("unclosed <" + s.top().name + ">")
		}
		s.pop()
	}
	s.stack[0].flushFold()
}

// textLine renders one logical line of prose (which may extend over several
// source lines when a tag or link wraps).
func (s *state) textLine(ind, rel int) {
	s.lineInd = ind
	s.segRel = rel
	s.seg = s.seg[:0]
	s.inTable = s.src[s.pos] == '|'
	if s.src[s.pos] == '[' && s.linkDefinition() {
		return
	}
	if s.altItem() {
		return
	}
	s.inline(&s.seg, -1, modeLine)
	if s.pos < len(s.src) && s.src[s.pos] == '\n' {
		s.pos++
	}
	s.flushSeg()
}

// flushSeg writes the pending text segment as a line of the top frame.
func (s *state) flushSeg() {
	t := bytes.TrimSpace(s.seg)
	if len(t) > 0 {
		s.top().line(s.segRel, t)
	}
	s.seg = s.seg[:0]
	s.trimNext = false
	s.openedAt = -1
}

// altItem opens an alternative for the corpus's list-shaped switches:
// "- $ backend="x"" (stack switch), "- | Label" (tab item) and "- ### Label"
// (accordion). The item's content becomes the alternative's body; the item
// ends at the next line indented no deeper than its marker.
func (s *state) altItem() bool {
	src := s.src
	p := s.pos
	if p+2 >= len(src) || (src[p] != '-' && src[p] != '*') || src[p+1] != ' ' {
		return false
	}
	eol := lineEnd(src, p)
	rest := src[p+2 : eol]
	a, start, ok := ParseAltMarker(rest)
	if !ok {
		return false
	}
	if a.Kind != AltStack {
		// The label may hold inline Markdown (code, links): render it.
		var b []byte
		s.pos = p + 2 + start
		s.inline(&b, eol, modeHeading)
		a.Label = string(bytes.TrimSpace(b))
		if a.Label == "" {
			a.Label = "Option"
		}
	}
	s.pos = min(eol+1, len(src))
	s.push(tag{name: "- " + rest}, kOption)
	s.top().alt = &a
	return true
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// isESM reports a top-level MDX import/export statement.
func isESM(line string) bool {
	return strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "export ") ||
		strings.HasPrefix(line, "import{") || strings.HasPrefix(line, "export{")
}

// skipESM drops an import/export statement, following brackets over lines.
func (s *state) skipESM() {
	src := s.src
	depth := 0
	for s.pos < len(src) {
		eol := lineEnd(src, s.pos)
		for _, c := range []byte(src[s.pos:eol]) {
			switch c {
			case '{', '(', '[':
				depth++
			case '}', ')', ']':
				depth--
			}
		}
		s.pos = eol + 1
		if depth <= 0 || blankLineAt(src, eol) {
			return
		}
	}
}

var linkDef = regexp.MustCompile(`^\[([^\]]+)\]:[ \t]*(<[^>\n]*>|\S+)(.*)$`)

// linkDefinition rewrites a reference definition "[id]: /dest" through Env.Link.
func (s *state) linkDefinition() bool {
	eol := lineEnd(s.src, s.pos)
	m := linkDef.FindStringSubmatch(s.src[s.pos:eol])
	if m == nil {
		return false
	}
	dest := s.env.Link(strings.Trim(m[2], "<>"))
	s.links = append(s.links, Link{Text: m[1], Dest: dest})
	s.top().line(s.segRel, []byte("["+m[1]+"]: "+dest+m[3]))
	s.pos = min(eol+1, len(s.src))
	return true
}
