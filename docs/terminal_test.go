package docs

import (
	"regexp"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

var tableLine = regexp.MustCompile(`(?m)^\s*\|`)

var tableCode = regexp.MustCompile("`([^`\\s]{4,})`")

// TestRealCorpusTerminal lays every real page with a table out as the
// explorer does (ForTerminal, then glamour) at 60 and 80 columns, in the
// cross-language view and in Go (whose reference types are the longest):
// identifiers in tables that stay tables are never split.
func TestRealCorpusTerminal(t *testing.T) {
	c := loadReal(t)
	if testing.Short() {
		t.Skip("slow: renders every page with a table through glamour")
	}
	for _, p := range c.Pages {
		for _, lang := range []string{"", "go"} {
			md := c.View(p, lang).Markdown
			if !strings.Contains(md, "| ") || (lang != "" && !p.langDep) {
				continue
			}
			for _, w := range []int{60, 80} {
				fitted := ForTerminal(md, w)
				if !tableLine.MatchString(fitted) {
					continue // every table became records: nothing to split
				}
				r, err := glamour.NewTermRenderer(glamour.WithStyles(styles.DarkStyleConfig),
					glamour.WithWordWrap(w), glamour.WithInlineTableLinks(true))
				if err != nil {
					t.Fatal(err)
				}
				out, err := r.Render(fitted)
				if err != nil {
					t.Fatal(err)
				}
				// Cells wrap between words and after hyphens, as prose does.
				flat := strings.ReplaceAll(strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(out), "│", " ")), " "), "- ", "-")
				for _, l := range strings.Split(fitted, "\n") {
					if !strings.HasPrefix(strings.TrimSpace(l), "|") {
						continue
					}
					for _, m := range tableCode.FindAllStringSubmatch(l, -1) {
						if len(m[1]) < w/3 && !strings.Contains(flat, m[1]) {
							t.Errorf("%s (%q) at %d: %q split in a table", p.Path, lang, w, m[1])
						}
					}
				}
			}
		}
	}
}
