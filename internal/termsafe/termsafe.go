// Package termsafe makes text from the docs corpus safe to print on a
// terminal: it removes control characters and escape sequences (OSC, which can
// write the clipboard or the window title; CSI; DCS, APC, PM and SOS strings;
// BEL; lone ESC) and keeps newlines and tabs. The corpus comes from a package
// registry, so its text is treated as hostile: only our own renderers may
// drive the terminal.
package termsafe

import (
	"strings"
	"unicode/utf8"
)

// Clean returns s without control characters and escape sequences, keeping
// '\n' and '\t'. Invalid UTF-8 becomes U+FFFD, so a stray 8-bit C1 byte can
// not act as a control either. Clean text comes back unchanged (no copy).
func Clean(s string) string {
	if Safe(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isControl(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		i += skip(s, i, r, n)
	}
	return b.String()
}

// Safe reports whether s needs no cleaning: valid UTF-8 with no control
// character other than '\n' and '\t'. It runs on every loaded string, so
// ASCII goes through a table, one lookup per byte.
func Safe(s string) bool {
	for i := 0; i < len(s); i++ {
		switch byteClass[s[i]] {
		case plain:
		case control:
			return false
		default: // a multi-byte rune: check it for C1 and validity
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || isControl(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

const (
	plain = iota
	control
	multibyte
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = multibyte
		case isControl(rune(c)):
			t[c] = control
		}
	}
	return t
}()

// isControl reports C0 (but '\n' and '\t'), DEL and C1 characters.
func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f
}

// Introducers of control strings, in their 7-bit (ESC x) and C1 forms.
const (
	c1DCS = 0x90
	c1SOS = 0x98
	c1CSI = 0x9b
	c1ST  = 0x9c
	c1OSC = 0x9d
	c1PM  = 0x9e
	c1APC = 0x9f
)

// skip returns how many bytes to drop for the control r (n bytes long) at
// s[i]: a whole sequence when it is complete, else only the control itself,
// so an unterminated string can not swallow the rest of the page (its
// payload, with no ESC before it, is only text).
func skip(s string, i int, r rune, n int) int {
	kind := r
	start := i + n
	if r == 0x1b {
		if start >= len(s) {
			return n
		}
		switch c := s[start]; {
		case c == '[':
			kind = c1CSI
		case c == ']':
			kind = c1OSC
		case c == 'P':
			kind = c1DCS
		case c == 'X':
			kind = c1SOS
		case c == '^':
			kind = c1PM
		case c == '_':
			kind = c1APC
		case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte
			j := start
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
				return j + 1 - i
			}
			return n
		case c >= 0x30 && c <= 0x7e: // two-byte escape (ESC 7, ESC c, ESC \ …)
			return n + 1
		default:
			return n
		}
		start++
	}
	switch kind {
	case c1CSI:
		// parameters 0x30–0x3f, intermediates 0x20–0x2f, final 0x40–0x7e
		j := start
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3f {
			j++
		}
		if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
			return j + 1 - i
		}
		return start - i
	case c1OSC, c1DCS, c1SOS, c1PM, c1APC:
		if end := stringEnd(s[start:], kind == c1OSC); end >= 0 {
			return start + end - i
		}
		return start - i
	}
	return n
}

// stringEnd finds the end of a control string's payload in s, just past its
// terminator (ST as ESC \ or U+009C; BEL too for OSC), or -1.
func stringEnd(s string, bel bool) int {
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case 0x07:
			if bel {
				return j + 1
			}
		case 0x1b:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
			return -1 // a new sequence starts: this one was never ended
		case 0xc2:
			if j+1 < len(s) && s[j+1] == c1ST {
				return j + 2
			}
		}
	}
	return -1
}
