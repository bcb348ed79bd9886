package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// widePage is a page whose first section is a table of long cells: at 60
// columns it takes many more lines than at 160, so a line index or a
// percentage kept across a resize lands in the wrong section.
func widePage(f *fakeDocs) {
	var table strings.Builder
	table.WriteString("| Option | Meaning | Default |\n| --- | --- | --- |\n")
	for i := range 12 {
		fmt.Fprintf(&table, "| option%d | what option %d changes when the reader sets it, said at length so the cell wraps | the value used when nothing is set for option %d |\n", i, i, i)
	}
	f.add("wide", "Wide page",
		fakeSection{"Options", "options", table.String()},
		fakeSection{"Reading on", "reading-on", lorem("reading on", 6)},
		fakeSection{"Target heading", "target-heading", lorem("the target", 8)},
		fakeSection{"After", "after", lorem("what follows", 40)})
}

func newWideModel(t *testing.T, w, h int) *Model {
	t.Helper()
	f := newFakeDocs()
	widePage(f)
	m := New(Options{Docs: f, Theme: "dark", OpenURL: (&opened{}).open, Start: "wide#target-heading"})
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return m
}

// resize sends a new size and lets the settle timer fire.
func resize(m *Model, w, h int) {
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	drain(m, func() tea.Msg { return resizeSettledMsg{seq: m.resizeSeq} })
}

// topLines is the text of the first n lines in view.
func topLines(m *Model, n int) []string {
	d, off := m.pager.doc, m.pager.vp.YOffset()
	return d.plain[off:min(off+n, len(d.plain))]
}

func TestResizeAndHideTreeKeepTheHeadingOnTop(t *testing.T) {
	m := newWideModel(t, 160, 45)
	if got := topLines(m, 1)[0]; !strings.Contains(got, "Target heading") {
		t.Fatalf("start: top line %q, want the target heading", got)
	}
	check := func(when string) {
		t.Helper()
		if got := topLines(m, 1)[0]; !strings.Contains(got, "Target heading") {
			t.Errorf("%s (page width %d): top line %q, want the target heading", when, m.pager.vp.Width(), got)
		}
	}
	resize(m, 60, 20)
	check("after resizing to 60x20")
	press(m, "z")
	check("after z at 60x20")
	press(m, "z")
	resize(m, 80, 24)
	check("after resizing to 80x24")
	resize(m, 160, 45)
	check("back at 160x45")
}

func TestResizeKeepsTheLineInsideASection(t *testing.T) {
	m := newWideModel(t, 160, 45)
	press(m, "j", "j", "j", "j", "j", "j") // into the target section's paragraphs
	before := m.pager.sectionAtTop()
	words := lineWords(strings.Join(topLines(m, 2), " "))
	if before.Anchor != "target-heading" || len(words) < 3 {
		t.Fatalf("setup: section %q, top words %q", before.Anchor, words)
	}
	for _, size := range [][2]int{{60, 20}, {100, 30}, {160, 45}} {
		resize(m, size[0], size[1])
		if got := m.pager.sectionAtTop(); got != before {
			t.Errorf("at %dx%d the section on top is %q, want %q", size[0], size[1], got.Text, before.Text)
		}
		if got := strings.Join(lineWords(strings.Join(topLines(m, 3), " ")), " "); !strings.Contains(got, strings.Join(words[:3], " ")) {
			t.Errorf("at %dx%d the top reads %q, want it to hold %q", size[0], size[1], got, words[:3])
		}
	}
}

func TestPlaceFindsTheWordsNearestTheirSpot(t *testing.T) {
	lines := []string{"alpha beta gamma", "", "x alpha beta", "gamma y", "alpha beta gamma"}
	if at, ok := findWords(lines, []string{"alpha", "beta", "gamma"}, 3); !ok || at != 2 {
		t.Errorf("findWords near 3 = %d, %v; want the wrapped occurrence on line 2", at, ok)
	}
	if at, ok := findWords(lines, []string{"alpha", "beta", "gamma"}, 0); !ok || at != 0 {
		t.Errorf("findWords near 0 = %d, %v; want line 0", at, ok)
	}
	if _, ok := findWords(lines, []string{"delta"}, 0); ok {
		t.Error("findWords found a word that is not there")
	}
}

// TestBackAfterResizeReturnsToTheSection: history remembers the line at the
// width it was read at; back at another width lands on the same section.
func TestBackAfterResizeReturnsToTheSection(t *testing.T) {
	m := newWideModel(t, 160, 45)
	press(m, "j", "j")
	want := m.pager.sectionAtTop()
	drain(m, m.open(location{Path: "sso", Offset: -1}, true))
	resize(m, 60, 20)
	drain(m, m.goHistory(-1))
	if m.pager.loc.Path != "wide" || m.pager.sectionAtTop() != want {
		t.Errorf("back at 60x20: %q section %q, want wide section %q", m.pager.loc.Path, m.pager.sectionAtTop().Text, want.Text)
	}
	// A link within the page, a resize, back: the same page scrolls back.
	drain(m, m.open(location{Path: "wide", Anchor: "after", Offset: -1}, true))
	resize(m, 160, 45)
	drain(m, m.goHistory(-1))
	if m.pager.sectionAtTop() != want {
		t.Errorf("back within the page at 160x45: section %q, want %q", m.pager.sectionAtTop().Text, want.Text)
	}
}
