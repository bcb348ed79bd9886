package mdx

import (
	"bytes"
	"slices"
)

// kind is how a component is rendered.
type kind int

const (
	kRoot kind = iota
	kCodeBlock
	kTab
	kEventRoot
	kEventDetails
	kEventDesc
	kCallout
	kTransparent // wrapper dropped, content kept (LanguageSelector)
	kExRoot
	kExCard
	kProps
	kWidget // any other component: named, pointing to the web page
	kOption // an alternative from a list-shaped switch (not a tag)
	// inline-only kinds
	kGlossary
	kBadge
	kNothing // decoration without text (Spinner)
)

// components is the allowlist of the corpus's component families.
var components = map[string]kind{
	"CodeBlock":         kCodeBlock,
	"CodeBlockTab":      kTab,
	"Event.Root":        kEventRoot,
	"Event.Details":     kEventDetails,
	"Event.Description": kEventDesc,
	"Callout":           kCallout,
	"LanguageSelector":  kTransparent,
	"ExampleApps.Root":  kExRoot,
	"ExampleApps.Card":  kExCard,
	"PropsTable":        kProps,
	"GlossaryMarker":    kGlossary,
	"Badge":             kBadge,
	"Spinner":           kNothing,
}

// maxDepth bounds component nesting.
const maxDepth = 16

func isBlockName(name string) bool {
	k, ok := components[name]
	return ok && k < kGlossary
}

// component handles a capitalised JSX tag.
func (s *state) component(t tag, out *[]byte, mode int) {
	k, known := components[t.name]
	switch k {
	case kGlossary:
		s.pos = t.end
		if !t.selfClosing {
			s.emphasis(out, t.closing, "**")
		}
		return
	case kBadge:
		s.pos = t.end
		if t.closing {
			*out = append(bytes.TrimRight(*out, " "), ']')
		} else if !t.selfClosing {
			*out = append(*out, '[')
			s.trimNext = true
			s.openedAt = len(*out)
		}
		return
	case kNothing:
		s.pos = t.end
		// Keep an opening delimiter tight: <Badge><Spinner /> Busy</Badge>.
		if n := len(*out); n > 0 && n == s.openedAt {
			s.trimNext = true
		}
		return
	}
	if !known {
		switch {
		case t.closing:
		case !t.selfClosing && !s.hasCloser(t.name):
			if len(t.attrs) == 0 {
				// A bare <Organization> in prose is a type name, not a tag.
				s.literalLT(out)
				return
			}
			s.notice("tag <" + t.name + "> is never closed")
			t.selfClosing = true
		}
		// A widget's placeholder line stands where it stood; no page notice.
		if !t.closing && !slices.Contains(s.widgets, t.name) && len(s.widgets) < 50 {
			s.widgets = append(s.widgets, t.name)
		}
		k = kWidget
	}
	s.pos = t.end
	if mode != modeLine {
		if t.selfClosing {
			*out = append(*out, inlineComponent(k, &t)...)
		}
		return
	}
	s.flushSeg()
	if t.closing {
		if s.tooDeep[t.name] > 0 {
			s.tooDeep[t.name]--
			return
		}
		s.close(t.name)
		return
	}
	if !t.selfClosing && len(s.stack) > maxDepth {
		// Re-quoting ever deeper content would be quadratic; the corpus nests 4 deep.
		s.notice("components nested too deep; inner tags ignored")
		if s.tooDeep == nil {
			s.tooDeep = map[string]int{}
		}
		s.tooDeep[t.name]++
		return
	}
	s.push(t, k)
	if t.selfClosing {
		s.pop()
	}
}

// inlineComponent is the text of a self-closing component inside a heading or link.
func inlineComponent(k kind, t *tag) string {
	switch k {
	case kWidget:
		return widgetLine(t.name)
	case kCodeBlock, kTab:
		return codeCaption(t.get("title"), nil, t.get("file"))
	case kProps:
		return propsLine(t)
	}
	return ""
}

func (s *state) push(t tag, k kind) {
	f := &frame{name: t.name, kind: k, tag: t, srcCol: s.lineInd, contentCol: -1, base: s.segRel}
	if k == kEventRoot {
		f.level = eventLevel(s.lastLevel)
	}
	s.stack = append(s.stack, f)
	s.segRel = 0
}

func eventLevel(last int) int {
	if last == 0 {
		return 2
	}
	return min(last+1, 6)
}

// close pops frames up to the one named; a stray closing tag is dropped.
func (s *state) close(name string) {
	for i := len(s.stack) - 1; i > 0; i-- {
		if s.stack[i].name != name {
			continue
		}
		for len(s.stack)-1 > i {
			if s.top().kind != kOption {
				s.notice("unclosed <" + s.top().name + ">")
			}
			s.pop()
		}
		s.pop()
		return
	}
	s.notice("stray closing tag </" + name + ">")
}

// pop closes the top frame and renders it into its parent.
func (s *state) pop() {
	f := s.top()
	s.stack = s.stack[:len(s.stack)-1]
	p := s.top()
	s.render(f, p)
	s.segRel = f.base
}

func (s *state) render(f, p *frame) {
	t := &f.tag
	f.flushFold()
	body := trimBlankLines(f.out)
	switch f.kind {
	case kOption:
		a := *f.alt
		a.Body = string(body)
		if len(a.Frontends)+len(a.Backends) > 0 {
			s.stackDep = true
		}
		if !a.Applies(s.choice) {
			if len(p.fold) == 0 {
				p.foldRel = f.base
			}
			p.fold = addNames(p.fold, a.stackNamesOf()...)
			return
		}
		p.option(f.base, []byte(a.Markdown()))
	case kCallout:
		p.block(f.base, quote(calloutLabel(t.get("type")), body))
	case kCodeBlock:
		p.block(f.base, s.codeBlock(f, body))
	case kTab:
		label := firstOf(t.get("title"), t.get("language"), t.get("file"))
		if p.kind == kCodeBlock {
			p.tabs = append(p.tabs, codeTab{label: label, lang: t.get("language"), body: bytes.Clone(body)})
			return
		}
		p.block(f.base, joinBlocks([]byte(codeCaption(label, nil, "")), body))
	case kEventDesc:
		if p.kind == kEventRoot {
			p.descs = append(p.descs, bytes.Clone(body))
			return
		}
		p.block(f.base, body)
	case kEventDetails:
		if p.kind == kEventRoot {
			p.eventName = t.get("name")
			p.soon = t.has("comingSoon")
			p.details = bytes.Clone(body)
			return
		}
		ev := &frame{eventName: t.get("name"), soon: t.has("comingSoon"), details: body, level: eventLevel(s.lastLevel)}
		p.block(f.base, eventBlock(ev, nil))
	case kEventRoot:
		p.block(f.base, eventBlock(f, body))
	case kExCard:
		item := s.cardItem(t, body)
		if p.kind == kExRoot {
			p.cards = append(p.cards, item)
			return
		}
		p.block(f.base, []byte(item))
	case kExRoot:
		var b []byte
		for i, c := range f.cards {
			if i > 0 {
				b = append(b, '\n')
			}
			b = append(b, c...)
		}
		p.block(f.base, joinBlocks(b, body))
	case kProps:
		p.block(f.base, joinBlocks([]byte(propsLine(t)), body))
	case kWidget:
		p.block(f.base, joinBlocks([]byte(widgetLine(f.name)), body))
	default:
		p.block(f.base, body)
	}
}

// eventBlock renders an event: a heading with its name, its description,
// then the details (payload sample and notes).
func eventBlock(f *frame, rest []byte) []byte {
	var b []byte
	if f.eventName != "" {
		b = headingLine(f.level, []byte("`"+f.eventName+"`"), "")
	}
	if f.soon {
		b = joinBlocks(b, []byte("*Coming soon*"))
	}
	for _, d := range f.descs {
		b = joinBlocks(b, d)
	}
	b = joinBlocks(b, f.details)
	return joinBlocks(b, rest)
}

// joinBlocks joins two Markdown blocks with an empty line.
func joinBlocks(a, b []byte) []byte {
	a = trimBlankLines(a)
	b = trimBlankLines(b)
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]byte, 0, len(a)+len(b)+2)
	out = append(out, a...)
	out = append(out, '\n', '\n')
	return append(out, b...)
}

func (s *state) cardItem(t *tag, body []byte) string {
	title := firstOf(t.get("title"), t.get("name"), "Example app")
	item := "- " + escapeText(title)
	if href := t.get("href"); href != "" {
		dest := s.env.Link(href)
		s.links = append(s.links, Link{Text: title, Dest: dest})
		item = "- [" + escapeText(title) + "](" + dest + ")"
	}
	desc := firstOf(t.get("description"), string(appendFlat(nil, string(bytes.TrimSpace(body)))))
	if desc != "" {
		item += " — " + desc
	}
	return item
}

// quote renders a Callout as a blockquote with a bold label.
func quote(label string, body []byte) []byte {
	b := []byte("> **" + label + "**\n")
	if len(body) == 0 {
		return b
	}
	b = append(b, ">\n"...)
	for len(body) > 0 {
		i := bytes.IndexByte(body, '\n')
		ln := body
		if i >= 0 {
			ln, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		if len(bytes.TrimSpace(ln)) == 0 {
			b = append(b, ">\n"...)
			continue
		}
		b = append(b, "> "...)
		b = append(b, ln...)
		b = append(b, '\n')
	}
	return b
}

func calloutLabel(typ string) string {
	switch typ {
	case "", "info", "note":
		return "Note"
	case "warning", "caution":
		return "Warning"
	}
	return capitalize(typ)
}

// emphasis writes an opening or closing emphasis delimiter, keeping it tight
// around the text so Markdown recognises it.
func (s *state) emphasis(out *[]byte, closing bool, delim string) {
	if closing {
		*out = append(bytes.TrimRight(*out, " "), delim...)
		return
	}
	*out = append(*out, delim...)
	s.trimNext = true
	s.openedAt = len(*out)
}
