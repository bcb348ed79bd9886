package mdx

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

func render(t testing.TB, md string, width int) string {
	t.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styles.DarkStyleConfig),
		glamour.WithWordWrap(width), glamour.WithInlineTableLinks(true))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(md)
	if err != nil {
		t.Fatal(err)
	}
	return ansi.Strip(out)
}

const looseList = "- Alpha para one.\n\n  Alpha para two.\n\n- Beta\n"

// TestGlamourLooseListBug fails once glamour keeps the paragraphs of a loose
// list item apart (its issue #167): KeepParagraphs can then be dropped.
func TestGlamourLooseListBug(t *testing.T) {
	if out := render(t, looseList, 60); !strings.Contains(out, "Alpha para one.Alpha para two.") {
		t.Fatalf("glamour no longer runs loose list paragraphs together; drop KeepParagraphs:\n%s", out)
	}
}

func TestKeepParagraphs(t *testing.T) {
	out := trimLines(render(t, KeepParagraphs(looseList), 60))
	lines := nonBlank(out)
	if len(lines) != 3 || !strings.HasSuffix(lines[0], "Alpha para one.") || lines[1] != "Alpha para two." {
		t.Errorf("paragraphs not kept apart:\n%s", out)
	}
	if !strings.Contains(out, "one.\n\n") {
		t.Errorf("no empty line between the paragraphs:\n%s", out)
	}
	for _, md := range []string{
		"Para one.\n\nPara two.\n",                 // not in a list
		"- a\n- b\n",                               // tight list
		"- a\n\n  ```\n  x\n\n  y\n  ```\n",        // blank line inside code
		"- a\n\n      indented code\n",             // indented code block
		"- a\n\n  > quote\n",                       // a quote, not a paragraph
		"- a\n\n| t | u |\n| - | - |\n| 1 | 2 |\n", // a table after the list
	} {
		if got := KeepParagraphs(md); got != md {
			t.Errorf("KeepParagraphs(%q) = %q, want it unchanged", md, got)
		}
	}
}

func trimLines(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(ls, "\n")
}

func nonBlank(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestFitWidthTables(t *testing.T) {
	wide := "| Name | Type |\n| --- | --- |\n| `aVeryLongOptionNameThatIsLong` | `Some.Very.Long.TypeName<Inner>` |\n"
	if got := FitWidth(wide, 160); got != wide {
		t.Errorf("a table that fits changed:\n%s", got)
	}
	got := FitWidth(wide, 50)
	for _, want := range []string{"**Name:** `aVeryLongOptionNameThatIsLong`", "+ **Type:** `Some.Very.Long.TypeName<Inner>`"} {
		if !strings.Contains(got, want) {
			t.Errorf("record missing %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "| --- |") {
		t.Errorf("table left at 50 columns:\n%s", got)
	}
	// An escaped pipe is part of a cell.
	if got := FitWidth("| A | B |\n| - | - |\n| `x \\| y` | z |\n", 8); !strings.Contains(got, "**A:** `x | y`") {
		t.Errorf("escaped pipe: %q", got)
	}
}

func TestWrapCode(t *testing.T) {
	md := "```go\n        callSomething(withLongArgumentName, anotherLongArgumentName, andOneMore)\n```\n"
	got := FitWidth(md, 50)
	lines := strings.Split(got, "\n")
	if len(lines) < 4 {
		t.Fatalf("not wrapped:\n%s", got)
	}
	for _, l := range lines[2 : len(lines)-2] {
		if !strings.HasPrefix(l, "        ↪ ") {
			t.Errorf("continuation %q lost its indentation or marker", l)
		}
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > 50-2*docMargin-codeMargin {
			t.Errorf("line %q wider than the code area", l)
		}
	}
	joined := strings.ReplaceAll(strings.ReplaceAll(got, "\n        ↪ ", " "), "  ", " ")
	for _, w := range []string{"withLongArgumentName,", "anotherLongArgumentName,", "andOneMore)"} {
		if !strings.Contains(joined, w) {
			t.Errorf("%q lost in wrapping:\n%s", w, got)
		}
	}
}
