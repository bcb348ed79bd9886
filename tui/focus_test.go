package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// focusScreens shows the same page with the tree focused, then the page
// focused (find active, so matches show), in one golden. raw keeps the
// escapes of the pane header line and the tree cursor row, which carry the
// marks in colour and under NO_COLOR.
func focusScreens(t *testing.T, o Options, raw bool) string {
	t.Helper()
	o.Docs = newFakeDocs()
	m := newModelWith(t, o, 84, 14)
	drain(m, m.open(location{Path: "sso", Anchor: "login-flows", Offset: -1}, true))
	var b strings.Builder
	shot := func(name string) {
		fmt.Fprintf(&b, "── %s ──\n%s\n", name, ansi.Strip(m.View().Content))
		if raw {
			lines := strings.Split(m.View().Content, "\n")
			fmt.Fprintf(&b, "header: %q\n", lines[0])
			for _, l := range lines[1:] {
				if strings.Contains(ansi.Strip(l), "Single Sign-On") {
					fmt.Fprintf(&b, "tree cursor row: %q\n", l[:min(len(l), 120)])
					break
				}
			}
		}
	}
	press(m, "tab")
	shot("tree focused")
	press(m, "tab", "f")
	typeText(m, "login")
	press(m, "enter")
	shot("page focused, find \"login\"")
	return b.String()
}

func TestGoldenFocusColour(t *testing.T) {
	golden.RequireEqual(t, focusScreens(t, Options{Theme: "dark"}, true))
}

func TestGoldenFocusNoColor(t *testing.T) {
	golden.RequireEqual(t, focusScreens(t, Options{Theme: "dark", NoColor: true}, true))
}

// TestGoldenFocusDumb: on TERM=dumb no attribute reaches the screen, so the
// ANSI-stripped screen is what the reader sees: the focused pane, the tree
// cursor and the find matches must be marked with characters.
func TestGoldenFocusDumb(t *testing.T) {
	s := focusScreens(t, Options{Theme: "dark", Dumb: true}, false)
	golden.RequireEqual(t, s)
	treeShot, pageShot, _ := strings.Cut(s, "── page focused")
	if !strings.Contains(treeShot, "│  Single Sign-On") || !strings.Contains(treeShot, "> Docs") {
		t.Errorf("tree focus or cursor not marked with characters:\n%s", treeShot)
	}
	if !strings.Contains(pageShot, "> Single Sign-On") || !strings.Contains(pageShot, "*") || !strings.Contains(pageShot, "LOGIN") {
		t.Errorf("page focus or find match not marked with characters:\n%s", pageShot)
	}
}

// TestFocusFollowsOpening: a page opened from the palette, the tree, a link
// or the bookmarks gets the focus, so the next key scrolls it.
func TestFocusFollowsOpening(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "tab")
	press(m, "/")
	typeText(m, "magic")
	press(m, "enter")
	if m.focus != panePage || m.pager.loc.Path != "magic-auth" {
		t.Fatalf("palette: focus %v loc %+v", m.focus, m.pager.loc)
	}
	press(m, "tab", "g", "enter") // the tree's first row
	if m.focus != panePage || m.pager.loc.Path != "get-started" {
		t.Fatalf("tree: focus %v loc %+v", m.focus, m.pager.loc)
	}
}

// TestHideTreeForFullWidth: z gives the page the whole width and back.
func TestHideTreeForFullWidth(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "z")
	if m.treeW != 0 || m.pageW != 100 || m.pager.vp.Width() != 100 {
		t.Fatalf("z: tree %d page %d", m.treeW, m.pageW)
	}
	if !strings.Contains(screenText(m), "z: show the tree") {
		t.Errorf("the hidden tree is not explained:\n%s", screenText(m))
	}
	press(m, "tab") // focusing the tree shows it again
	if m.treeW == 0 || m.focus != paneTree {
		t.Errorf("tab with the tree hidden: tree %d focus %v", m.treeW, m.focus)
	}
}

// TestTitleNotHiddenByOldMessage: a message about one page is gone once
// another page opens; the pane header always names the page.
func TestTitleNotHiddenByOldMessage(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "y") // "copied …"
	drain(m, m.open(location{Path: "sso", Offset: -1}, true))
	s := screenText(m)
	if strings.Contains(s, "copied") || !strings.Contains(strings.Split(s, "\n")[len(strings.Split(s, "\n"))-2], "Single Sign-On") {
		t.Errorf("old message covers the title:\n%s", s)
	}
}

// TestMouse: a click on a palette row opens it, a click on "[n]" follows the
// link, the wheel scrolls the pane under the pointer.
func TestMouse(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	typeText(m, "magic")
	// The box starts at row 1 (border), content row 0 is the input, 1 blank,
	// 2 the "Go to" header with the first result.
	x, y, _, _ := m.overlayBox(m.top())
	drain(m, func() tea.Msg { return tea.MouseClickMsg{X: x + 4, Y: y + 1 + 3, Button: tea.MouseLeft} })
	if m.top() != nil || m.pager.loc.Path != "magic-auth" {
		t.Fatalf("click on a result: overlay %v loc %+v", m.top(), m.pager.loc)
	}
	// "[1]" on the page: find its row and column in the plain lines.
	row, col := -1, -1
	for i, l := range m.pager.doc.plain {
		if c := strings.Index(l, "[1]"); c >= 0 {
			row, col = i-m.pager.vp.YOffset(), ansi.StringWidth(l[:c])
			break
		}
	}
	if row < 0 {
		t.Fatal("no [1] on magic-auth")
	}
	drain(m, func() tea.Msg {
		return tea.MouseClickMsg{X: m.treeW + col + 1, Y: row + paneHeader, Button: tea.MouseLeft}
	})
	if m.pager.loc.Path != "magic-auth" || m.pager.loc.Anchor != "sending-codes" {
		t.Errorf("click on [1] did not follow it: %+v", m.pager.loc)
	}
	before := m.tree.offset
	m.tree.setSize(m.tree.width, 2) // a short tree, so it can scroll
	drain(m, func() tea.Msg { return tea.MouseWheelMsg{X: 2, Y: 3, Button: tea.MouseWheelDown} })
	if m.tree.offset == before {
		t.Error("wheel over the tree did not scroll it")
	}
}
