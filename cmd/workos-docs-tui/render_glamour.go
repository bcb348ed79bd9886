//go:build !headless

package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// renderTerminal styles Markdown with glamour for the terminal behind out.
func renderTerminal(md string, out io.Writer, dark bool) (string, error) {
	style := styles.LightStyleConfig
	if dark {
		style = styles.DarkStyleConfig
	}
	width := 80
	if f, ok := out.(*os.File); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			width = w
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithWordWrap(width), glamour.WithInlineTableLinks(true))
	if err != nil {
		return "", err
	}
	return r.Render(docs.ForTerminal(md, width))
}

// darkBackground trusts $COLORFGBG ("15;0": light text on dark) when set,
// else asks the terminal.
func darkBackground() bool {
	if v := os.Getenv("COLORFGBG"); v != "" {
		bg := v[strings.LastIndexByte(v, ';')+1:]
		if n, err := strconv.Atoi(bg); err == nil {
			return n < 7 || n == 8
		}
	}
	return lipgloss.HasDarkBackground(os.Stdin, os.Stdout)
}
