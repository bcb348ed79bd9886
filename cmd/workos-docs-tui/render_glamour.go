//go:build !headless

package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/term"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// renderTerminal styles Markdown with glamour for the terminal behind out,
// in the style showStyle picked ("dark", "light" or "notty").
func renderTerminal(md string, out io.Writer, style string) (string, error) {
	cfg := styles.DarkStyleConfig
	switch style {
	case styles.LightStyle:
		cfg = styles.LightStyleConfig
	case styles.NoTTYStyle:
		cfg = styles.NoTTYStyleConfig
	}
	width := 80
	if f, ok := out.(*os.File); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			width = w
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(width), glamour.WithInlineTableLinks(true))
	if err != nil {
		return "", err
	}
	return r.Render(docs.ForTerminal(md, width))
}

// showStyle picks show's glamour style without waiting on the terminal when
// it can: NO_COLOR gives the colourless style, --theme dark or light is taken
// as given, $COLORFGBG ("15;0": light text on dark) is trusted; only then is
// the terminal asked, once and briefly. No answer means dark.
func showStyle(theme string) string {
	if os.Getenv("NO_COLOR") != "" {
		return styles.NoTTYStyle
	}
	if theme == "dark" || theme == "light" {
		return theme
	}
	if v := os.Getenv("COLORFGBG"); v != "" {
		bg := v[strings.LastIndexByte(v, ';')+1:]
		if n, err := strconv.Atoi(bg); err == nil {
			return darkOrLight(n < 7 || n == 8)
		}
	}
	if dark, ok := queryBackground(os.Stdin, os.Stdout, bgQueryTimeout); ok {
		return darkOrLight(dark)
	}
	return styles.DarkStyle
}

// queryBackground is queryDarkBackground; tests count the questions.
var queryBackground = queryDarkBackground

func darkOrLight(dark bool) string {
	if dark {
		return styles.DarkStyle
	}
	return styles.LightStyle
}
