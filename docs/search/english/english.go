// Package english tells whether a word is an English word, by SCOWL's
// American English list as Debian's wamerican package ships it (COPYRIGHT).
// Spelling correction asks it so that a word the docs never use, such as
// "headless" or "linger", is not taken for a typo of one they do.
package english

import (
	_ "embed"
	"strings"
)

//go:generate go run gen.go

// words is the list sorted bytewise, one lower-case word a line. It is
// searched as it lies in the binary: no parsing at start, no allocation.
//
//go:embed words.txt
var words string

// Is reports whether w, in lower case, is on the list.
func Is(w string) bool {
	lo, hi := 0, len(words) // offsets of line starts
	for lo < hi {
		mid := (lo + hi) / 2
		s := strings.LastIndexByte(words[:mid], '\n') + 1 // start of the line holding mid
		e := s + strings.IndexByte(words[s:], '\n')
		switch line := words[s:e]; {
		case line == w:
			return true
		case line < w:
			lo = e + 1
		default:
			hi = s
		}
	}
	return false
}
