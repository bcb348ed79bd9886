package mdx_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"

	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// glamourText renders md as the explorer does (terminal pre-pass, glamour,
// links in tables inline) and strips the escapes.
func glamourText(t testing.TB, md string, width int) string {
	t.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styles.DarkStyleConfig),
		glamour.WithWordWrap(width), glamour.WithInlineTableLinks(true))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(mdx.ForTerminal(md, width))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(ansi.Strip(out), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n") + "\n"
}

type linkEnv struct{}

func (linkEnv) Signature(string) string { return "" }
func (linkEnv) Link(d string) string    { return d }

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test -run TestGolden -update to accept):\n%s", name, got)
	}
}

// TestGolden renders the fixture pages at 160, 80 and 60 columns, plus the
// Markdown every face shows and one stack-filtered view.
func TestGolden(t *testing.T) {
	for _, page := range []string{"alternatives", "narrow"} {
		src, err := os.ReadFile(filepath.Join("testdata", "pages", page+".mdx"))
		if err != nil {
			t.Fatal(err)
		}
		res := mdx.ToMarkdown(string(src), linkEnv{})
		checkGolden(t, page+".md", res.Markdown)
		for _, w := range []int{160, 80, 60} {
			got := glamourText(t, res.Markdown, w)
			checkGolden(t, page+"."+itoa(w)+".txt", got)
			for i, l := range strings.Split(got, "\n") {
				if ansi.StringWidth(l) > w {
					t.Errorf("%s at %d: line %d is %d columns wide: %q", page, w, i+1, ansi.StringWidth(l), l)
				}
			}
		}
		stacked := mdx.ToMarkdownFor(string(src), linkEnv{}, mdx.Choice{Frontend: "nextjs", Backend: "nodejs"})
		checkGolden(t, page+".nextjs-nodejs.80.txt", glamourText(t, stacked.Markdown, 80))
	}
}

func itoa(n int) string {
	switch n {
	case 160:
		return "160"
	case 80:
		return "80"
	}
	return "60"
}
