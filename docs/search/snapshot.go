package search

import (
	"unsafe"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
	"github.com/workos-docs-tui/workos-docs-tui/internal/snapcodec"
)

// An Index can be saved with snapcodec (package docs keeps it in the corpus
// snapshot). fzf's Chars keeps non-ASCII labels as []rune behind a []byte
// header, so it travels as its text and is rebuilt.
func init() {
	type wireChars struct {
		Text  string
		Index int32
	}
	snapcodec.Register(
		func(c *util.Chars) wireChars { return wireChars{c.ToString(), c.Index} },
		func(w *wireChars) util.Chars {
			// The text lives in the snapshot's blob, which nothing writes to;
			// fzf only reads it.
			c := util.ToChars(unsafe.Slice(unsafe.StringData(w.Text), len(w.Text)))
			c.Index = w.Index
			return c
		})
}

// Restored does the package setup Build does, for an Index that was decoded
// from a snapshot instead of built: fzf's scoring tables live in package state.
func Restored() {
	algoInit.Do(func() { algo.Init("default") })
}
