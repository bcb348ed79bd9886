// Package markdown holds the Markdown text primitives every part of the
// program shares: code fences, the lines outside them, blocks that must not be
// split, and token estimates. It is a leaf: it imports only the standard
// library, so both docs and docs/mdx can use it.
package markdown

import (
	"iter"
	"strings"
)

// Fence is the opening marker of a fenced code block: its character (` or ~)
// and run length. A closing marker needs the same character and at least as
// long a run, with nothing after it.
type Fence struct {
	Char byte
	N    int
}

// FenceRun is the fence marker at the very start of s: three or more
// backticks or tildes. It says nothing about what follows the run.
func FenceRun(s string) (Fence, bool) {
	if len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return Fence{}, false
	}
	n := 0
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < 3 {
		return Fence{}, false
	}
	return Fence{Char: s[0], N: n}, true
}

// OpenFence reports whether line (leading indentation allowed, since fences
// nest in list items and components) opens a fenced code block. A backtick
// run whose info string holds a backtick is inline code (```x```), not a fence.
func OpenFence(line string) (Fence, bool) {
	t := strings.TrimLeft(line, " \t")
	f, ok := FenceRun(t)
	if !ok {
		return Fence{}, false
	}
	if f.Char == '`' && strings.IndexByte(t[f.N:], '`') >= 0 {
		return Fence{}, false
	}
	return f, true
}

// Closes reports whether line closes a block opened by f.
func (f Fence) Closes(line string) bool {
	t := strings.TrimLeft(line, " \t")
	g, ok := FenceRun(t)
	return ok && g.Char == f.Char && g.N >= f.N && strings.TrimSpace(t[g.N:]) == ""
}

// Info is the info string of an opening fence line ("go title=x" in
// "```go title=x"); "" when line opens no fence.
func Info(line string) string {
	f, ok := OpenFence(line)
	if !ok {
		return ""
	}
	t := strings.TrimLeft(line, " \t")
	return strings.TrimSpace(t[f.N:])
}

// Kind says what a line of Markdown is with respect to fenced code.
type Kind uint8

const (
	Prose  Kind = iota // outside fenced code
	Marker             // a fence's opening or closing line
	Code               // inside fenced code
)

// Line is one line of Markdown: its byte offset, its text without the line
// break, and its kind.
type Line struct {
	Off  int
	Text string
	Kind Kind
}

// Lines yields every line of md in order with whether it is prose, a fence
// marker or code. An unclosed fence runs to the end of md. This is the one
// fence scanner of the program's Markdown.
func Lines(md string) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		var open Fence
		inFence := false
		for off := 0; off < len(md); {
			text, _, _ := strings.Cut(md[off:], "\n")
			k := Prose
			switch {
			case inFence && open.Closes(text):
				inFence, k = false, Marker
			case inFence:
				k = Code
			default:
				if f, ok := OpenFence(text); ok {
					open, inFence, k = f, true, Marker
				}
			}
			if !yield(Line{Off: off, Text: text, Kind: k}) {
				return
			}
			off += len(text) + 1
		}
	}
}
