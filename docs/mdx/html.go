package mdx

import (
	"bytes"
	"strings"
)

type htmlKind int

const (
	hDrop htmlKind = iota + 1 // wrapper: tag dropped, content kept
	hStrong
	hEm
	hCode
	hBr
	hImg
	hA
	hSkip  // tag and content dropped (style, script)
	hMedia // embedded player: named
)

var htmlTags = map[string]htmlKind{
	"strong": hStrong, "b": hStrong, "summary": hStrong,
	"em": hEm, "i": hEm,
	"code": hCode, "kbd": hCode,
	"br": hBr, "img": hImg, "a": hA,
	"style": hSkip, "script": hSkip, "svg": hSkip,
	"iframe": hMedia, "video": hMedia, "audio": hMedia,
	"div": hDrop, "span": hDrop, "p": hDrop, "section": hDrop, "picture": hDrop,
	"source": hDrop, "sup": hDrop, "sub": hDrop, "u": hDrop, "small": hDrop,
	"details": hDrop, "center": hDrop, "hr": hDrop, "ul": hDrop, "ol": hDrop,
	"li": hDrop, "table": hDrop, "thead": hDrop, "tbody": hDrop, "tr": hDrop,
	"td": hDrop, "th": hDrop, "figure": hDrop, "figcaption": hDrop, "mark": hDrop,
}

// html handles a lower-case tag; unknown ones (<your-domain>) stay literal text.
func (s *state) html(t tag, out *[]byte, mode int) {
	k := htmlTags[t.name]
	if k == 0 {
		s.literalLT(out)
		return
	}
	s.pos = t.end
	switch k {
	case hStrong:
		if !t.selfClosing {
			s.emphasis(out, t.closing, "**")
		}
	case hEm:
		if !t.selfClosing {
			s.emphasis(out, t.closing, "*")
		}
	case hCode:
		if !t.selfClosing {
			*out = append(*out, '`')
		}
	case hBr:
		switch {
		case mode != modeLine || s.inTable:
			*out = append(*out, ' ')
		case len(bytes.TrimSpace(*out)) > 0:
			*out = append(bytes.TrimRight(*out, " "), "  \n"...)
			s.trimNext = true
		}
	case hImg:
		if !t.closing {
			s.image(out, escapeText(t.get("alt")), t.get("src"))
		}
	case hA:
		s.htmlAnchor(t, out)
	case hSkip:
		if !t.closing && !t.selfClosing {
			if s.skipTo(t.name) {
				return
			}
			s.notice("unclosed <" + t.name + ">")
		}
	case hMedia:
		if !t.closing {
			*out = append(*out, "*Embedded media — see the web page*"...)
		}
	}
}

// htmlAnchor turns <a href="…">text</a> into a Markdown link.
func (s *state) htmlAnchor(t tag, out *[]byte) {
	if !t.closing {
		href := t.get("href")
		if href == "" || t.selfClosing {
			return
		}
		s.anchors = append(s.anchors, anchor{dest: s.env.Link(href), start: len(*out)})
		*out = append(*out, '[')
		return
	}
	if len(s.anchors) == 0 {
		return
	}
	a := s.anchors[len(s.anchors)-1]
	s.anchors = s.anchors[:len(s.anchors)-1]
	text := ""
	if a.start < len(*out) {
		text = plainText(string((*out)[a.start+1:]))
	}
	*out = append(*out, "]("...)
	*out = append(*out, a.dest...)
	*out = append(*out, ')')
	s.links = append(s.links, Link{Text: text, Dest: a.dest})
}

// skipTo moves past the next "</name…>"; a failed search is remembered so
// junk repeating the opening tag stays linear.
func (s *state) skipTo(name string) bool {
	if !s.hasCloser(name) {
		return false
	}
	if at, ok := s.noCloseAfter[name]; ok && s.pos >= at {
		return false
	}
	if e := strings.Index(s.src[s.pos:], "</"+name); e >= 0 {
		p := s.pos + e
		if g := strings.IndexByte(s.src[p:], '>'); g >= 0 {
			s.pos = p + g + 1
			return true
		}
	}
	if s.noCloseAfter == nil {
		s.noCloseAfter = map[string]int{}
	}
	s.noCloseAfter[name] = s.pos
	return false
}
