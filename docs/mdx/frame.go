package mdx

import "bytes"

// frame is an open block component. Its content is buffered with indentation
// relative to the component, so the component can be re-indented (list items),
// quoted (Callout) or reordered (Event) when it closes.
type frame struct {
	name       string
	kind       kind
	tag        tag
	srcCol     int // source indentation of the opening tag
	contentCol int // source indentation of the content, -1 until seen
	base       int // indentation of the component in its parent's content
	out        []byte
	pending    bool // a block was just written: the next line starts a new paragraph

	alt     *Alternative // kOption: the option this frame collects
	fold    []string     // stacks of options hidden by the reader's choice, not yet written
	foldRel int

	// collected children
	tabs      []codeTab // CodeBlockTab children
	cards     []string  // ExampleApps.Card list items
	descs     [][]byte  // Event.Description bodies directly under Event.Root
	details   []byte    // Event.Details body
	eventName string
	soon      bool
	level     int // heading level for an Event.Root
}

// ensureBlank makes the buffer end with an empty line (unless it is empty).
func (f *frame) ensureBlank() {
	n := len(f.out)
	if n == 0 {
		return
	}
	if f.out[n-1] != '\n' {
		f.out = append(f.out, '\n')
		n++
	}
	if n >= 2 && f.out[n-2] == '\n' {
		return
	}
	f.out = append(f.out, '\n')
}

// flushFold writes the one line standing for the hidden options of the
// group just ended.
func (f *frame) flushFold() {
	if len(f.fold) == 0 {
		return
	}
	names := f.fold
	f.fold = nil
	f.ensureBlank()
	f.out = appendSpaces(f.out, f.foldRel)
	f.out = append(f.out, FoldLine(names)...)
	f.out = append(f.out, '\n')
	f.pending = true
}

// line writes text (which may hold '\n') indented by rel.
func (f *frame) line(rel int, text []byte) {
	f.flushFold()
	f.lines(rel, text)
}

// lines is line without writing a pending fold line first.
func (f *frame) lines(rel int, text []byte) {
	if f.pending {
		f.ensureBlank()
		f.pending = false
	}
	for {
		i := bytes.IndexByte(text, '\n')
		seg := text
		if i >= 0 {
			seg = text[:i]
		}
		if len(seg) > 0 {
			f.out = appendSpaces(f.out, rel)
			f.out = append(f.out, seg...)
		}
		f.out = append(f.out, '\n')
		if i < 0 {
			return
		}
		text = text[i+1:]
	}
}

// raw appends a line verbatim (fence contents).
func (f *frame) raw(s string) {
	f.out = append(f.out, s...)
	f.out = append(f.out, '\n')
}

// blank records a paragraph break from the source.
func (f *frame) blank() {
	f.ensureBlank()
	f.pending = false
}

// block writes a rendered component as its own block, indented by rel.
func (f *frame) block(rel int, text []byte) {
	f.flushFold()
	f.option(rel, text)
}

// option writes a block like block but keeps a pending fold line for the
// end of the group of alternatives.
func (f *frame) option(rel int, text []byte) {
	text = trimBlankLines(text)
	if len(text) == 0 {
		return
	}
	f.ensureBlank()
	f.pending = false
	f.lines(rel, text)
	f.pending = true
}

func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// trimBlankLines drops leading and trailing empty lines (whitespace-only lines too).
func trimBlankLines(b []byte) []byte {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			if len(bytes.TrimSpace(b)) == 0 {
				return nil
			}
			break
		}
		if len(bytes.TrimSpace(b[:i])) != 0 {
			break
		}
		b = b[i+1:]
	}
	for len(b) > 0 {
		i := bytes.LastIndexByte(b, '\n')
		if len(bytes.TrimSpace(b[i+1:])) != 0 {
			break
		}
		if i < 0 {
			return nil
		}
		b = b[:i]
	}
	return b
}
