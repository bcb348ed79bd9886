package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

func screenText(m *Model) string { return ansi.Strip(m.View().Content) }

func TestStartsOnWelcomePage(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	if m.pager.loc.Path != homePath || m.pager.doc == nil {
		t.Fatalf("not on the rendered welcome page: %+v", m.pager.loc)
	}
	s := screenText(m)
	for _, want := range []string{"WorkOS docs", "Get started", "v0.0.1", "Authentication"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
}

func TestSearchPaletteOpensSectionHit(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	if m.top() != overlay(m.palette) {
		t.Fatal("/ did not open the palette")
	}
	typeText(m, "login flows")
	if len(m.palette.gotos) == 0 {
		t.Fatal("no go-to matches for 'login flows'")
	}
	if !strings.Contains(screenText(m), "Single Sign-On › Login flows") {
		t.Errorf("palette does not list the section:\n%s", screenText(m))
	}
	press(m, "enter")
	if m.top() != nil || m.pager.loc.Path != "sso" {
		t.Fatalf("enter did not open sso: overlay %v loc %+v", m.top(), m.pager.loc)
	}
	var line int = -1
	for _, h := range m.pager.doc.heads {
		if h.Anchor == "login-flows" {
			line = h.Line
		}
	}
	if line <= 0 || m.pager.vp.YOffset() != min(line, m.pager.vp.TotalLineCount()-m.pager.vp.Height()) {
		t.Errorf("page not scrolled to the section: offset %d, heading line %d", m.pager.vp.YOffset(), line)
	}
	if m.tree.current != "sso" || m.tree.selected().Path != "sso" {
		t.Errorf("tree does not reveal the page: current %q", m.tree.current)
	}
}

func TestPaletteEscKeepsPage(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "ctrl+k")
	typeText(m, "q") // typed into the palette, not quitting
	press(m, "esc")
	if m.top() != nil || m.pager.loc.Path != homePath {
		t.Fatalf("esc should close the palette and stay: %v %+v", m.top(), m.pager.loc)
	}
}

func TestStaleSearchResultsDropped(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	typeText(m, "magic")
	old := m.palette.seq
	typeText(m, "x")
	m.Update(searchResultMsg{seq: old, res: m.sh.docs.Search("magic", searchOpts())})
	if len(m.palette.hits) != 0 {
		t.Errorf("a stale result replaced the current one: %+v", m.palette.hits)
	}
}

func TestFindInPageCountsAndHighlights(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	typeText(m, "single sign")
	press(m, "enter", "f")
	typeText(m, "login flows")
	press(m, "enter")
	f := m.pager.find
	if len(f.matches) < 12 {
		t.Fatalf("want ≥12 matches of 'login flows', got %d", len(f.matches))
	}
	cur, _ := f.current()
	plain := m.pager.doc.plain[cur.line]
	if !strings.Contains(strings.ToLower(ansi.Cut(plain, cur.c0, cur.c1)), "login flows") {
		t.Errorf("match cells %d-%d of %q are not the query", cur.c0, cur.c1, plain)
	}
	top := m.pager.vp.YOffset()
	if cur.line < top || cur.line >= top+m.pager.vp.Height() {
		t.Errorf("current match line %d not in view [%d,%d)", cur.line, top, top+m.pager.vp.Height())
	}
	if !strings.Contains(screenText(m), "1/") {
		t.Errorf("status bar lacks the match counter")
	}
	press(m, "n")
	if m.pager.find.cur != 1 {
		t.Errorf("n did not advance: %d", m.pager.find.cur)
	}
	press(m, "N", "N")
	if m.pager.find.cur != len(f.matches)-1 {
		t.Errorf("N did not wrap to the last match: %d", m.pager.find.cur)
	}
	press(m, "esc")
	if m.pager.find.active() {
		t.Error("esc did not clear the find")
	}
}

func TestLinksFollowInternalAndExternal(t *testing.T) {
	m, o := newTestModel(t, 100, 30)
	m.Update(nil)
	drain(m, m.open(location{Path: "get-started", Offset: -1}, true))
	if n := len(m.pager.doc.links); n != 3 {
		t.Fatalf("want 3 links, got %d: %+v", n, m.pager.doc.links)
	}
	if !strings.Contains(screenText(m), "Single Sign-On [1]") {
		t.Errorf("link not rewritten to a number:\n%s", screenText(m))
	}
	press(m, "2", "enter")
	if len(o.urls) != 1 || o.urls[0] != "https://example.com/guide" {
		t.Errorf("external link not sent to the browser: %v", o.urls)
	}
	press(m, "1", "enter")
	if m.pager.loc.Path != "sso" {
		t.Fatalf("internal link did not open sso: %+v", m.pager.loc)
	}
	press(m, "backspace")
	if m.pager.loc.Path != "get-started" {
		t.Fatalf("back did not return: %+v", m.pager.loc)
	}
	press(m, "]")
	if m.pager.loc.Path != "sso" {
		t.Fatalf("forward did not return to sso: %+v", m.pager.loc)
	}
}

func TestLinkPickerAndTOC(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	drain(m, m.open(location{Path: "sso", Offset: -1}, true))
	press(m, "tab", "tab") // focus back on the page
	press(m, "t")
	if topPicker(m) == nil || topPicker(m).title != "Contents" {
		t.Fatal("t did not open the contents")
	}
	typeText(m, "testing")
	press(m, "enter")
	want := -1
	for _, h := range m.pager.doc.heads {
		if h.Anchor == "testing" {
			want = h.Line
		}
	}
	maxOff := m.pager.vp.TotalLineCount() - m.pager.vp.Height()
	if got := m.pager.vp.YOffset(); got != min(want, maxOff) {
		t.Errorf("TOC jump: offset %d, want %d", got, min(want, maxOff))
	}
	press(m, "enter")
	if topPicker(m) == nil || topPicker(m).title != "Links" {
		t.Fatal("enter on the page did not list its links")
	}
	press(m, "enter")
	if m.pager.loc.Path != "get-started" || m.pager.loc.Anchor != "install-the-sdk" {
		t.Errorf("link picker did not follow to the anchor: %+v", m.pager.loc)
	}
}

func TestLanguageCycleRerendersReference(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	drain(m, m.open(location{Path: "reference/sso/get-profile", Offset: -1}, true))
	press(m, ">", ">") // "" → curl → js
	if m.sh.lang != "js" {
		t.Fatalf("lang = %q, want js", m.sh.lang)
	}
	if s := screenText(m); !strings.Contains(s, "sso.getProfile()") || strings.Contains(s, "GET /sso/profile") {
		t.Errorf("page not in js:\n%s", s)
	}
	press(m, "s")
	if !strings.HasPrefix(topPicker(m).title, "API") || len(topPicker(m).shown) != 1 || topPicker(m).items[0].label != "sso.getProfile()" {
		t.Fatalf("symbols not in the current language: %+v", topPicker(m).items)
	}
}

func TestTreeExpandCollapseOpen(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "tab")
	if m.focus != paneTree {
		t.Fatal("tab did not focus the tree")
	}
	rows := len(m.tree.rows)
	press(m, "j", "l") // Authentication, expand
	if len(m.tree.rows) != rows+2 {
		t.Fatalf("expand: %d rows, want %d", len(m.tree.rows), rows+2)
	}
	press(m, "j", "enter")
	if m.pager.loc.Path != "sso" {
		t.Fatalf("enter did not open sso: %+v", m.pager.loc)
	}
	if m.focus != panePage {
		t.Fatal("opening a page from the tree did not focus the page")
	}
	press(m, "tab")
	press(m, "h", "h") // collapse sso (opened), then to parent
	if m.tree.selected().Title != "Authentication" {
		t.Errorf("h did not move to the parent: %q", m.tree.selected().Title)
	}
	press(m, "h")
	if len(m.tree.rows) != rows {
		t.Errorf("collapse: %d rows, want %d", len(m.tree.rows), rows)
	}
	press(m, "G", "enter")
	if m.pager.loc.Path != changelogPath {
		t.Fatalf("last tree row should open the changelog: %+v", m.pager.loc)
	}
	s := screenText(m)
	if strings.Index(s, "Newest feature") > strings.Index(s, "Older feature") {
		t.Errorf("changelog not newest first:\n%s", s)
	}
}

func TestDanglingNodeDoesNotNavigate(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m.tree.reveal("sso/gone")
	m.focus = paneTree
	press(m, "enter")
	if m.pager.loc.Path != homePath || !strings.Contains(m.flash, "not in the corpus") {
		t.Errorf("dangling entry: loc %+v flash %q", m.pager.loc, m.flash)
	}
}

func TestCopyURLAndOpen(t *testing.T) {
	m, o := newTestModel(t, 100, 30)
	drain(m, m.open(location{Path: "magic-auth", Offset: -1}, true))
	_, cmd := m.Update(keyMsg("y"))
	if cmd == nil || !strings.Contains(m.flash, "https://workos.com/docs/magic-auth") {
		t.Errorf("y: flash %q", m.flash)
	}
	press(m, "o")
	if len(o.urls) != 1 || o.urls[0] != "https://workos.com/docs/magic-auth" {
		t.Errorf("o opened %v", o.urls)
	}
}

func TestNarrowHidesTree(t *testing.T) {
	m, _ := newTestModel(t, 60, 20)
	if m.treeW != 0 || m.pageW != 60 {
		t.Fatalf("narrow layout: tree %d page %d", m.treeW, m.pageW)
	}
	press(m, "tab")
	if m.treeW != 60 || m.pageW != 0 {
		t.Fatalf("tab in narrow mode should show the tree alone: %d %d", m.treeW, m.pageW)
	}
	press(m, "enter") // Get started
	if m.focus != panePage || m.pager.loc.Path != "get-started" || m.pageW != 60 {
		t.Errorf("opening from the narrow tree should show the page: focus %v %+v", m.focus, m.pager.loc)
	}
}

func TestTinyAndResizeStormDoNotPanic(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	for _, sz := range [][2]int{{20, 5}, {1, 1}, {0, 0}, {3, 2}, {200, 60}, {20, 5}} {
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for _, k := range []string{"/", "a", "down", "esc", "?", "x", "t", "esc", "tab", "j", "tab"} {
			press(m, k)
		}
		drain(m, m.renderCurrent())
		v := screenText(m)
		if sz[0] > 0 && sz[1] > 0 {
			lines := strings.Split(v, "\n")
			if len(lines) > sz[1] {
				t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("%dx%d: line %q is %d wide", sz[0], sz[1], l, w)
				}
			}
		}
	}
}

func TestResizeRendersAfterSettle(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	var ticks int
	m.tick = func(d time.Duration, f func(time.Time) tea.Msg) tea.Cmd {
		ticks++
		return func() tea.Msg { return f(time.Time{}) }
	}
	before := m.pager.doc.key.width
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	m.Update(tea.WindowSizeMsg{Width: 130, Height: 30})
	m.Update(resizeSettledMsg{seq: m.resizeSeq - 1}) // superseded
	if m.pager.doc.key.width != before {
		t.Fatal("a superseded resize re-rendered")
	}
	drain(m, func() tea.Msg { return resizeSettledMsg{seq: m.resizeSeq} })
	if got := m.pager.doc.key.width; got != m.pager.vp.Width() || got == before {
		t.Errorf("rendered width %d, pane %d", got, m.pager.vp.Width())
	}
}

func TestQuit(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	_, cmd := m.Update(keyMsg("q"))
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q did not quit")
	}
}

func searchOpts() search.Options { return search.Options{Limit: searchLimit} }

// TestFindPaintsOnlyTheMatch: the highlight covers the match cells and the
// rest of the line keeps its own look.
func TestFindPaintsOnlyTheMatch(t *testing.T) {
	var f finder
	line := "\x1b[1mbold \x1b[22mplain code here \x1b[3mitalic\x1b[23m"
	plain := ansi.Strip(line)
	f.search([]string{plain}, "code", 0)
	if len(f.matches) != 1 {
		t.Fatalf("matches %+v", f.matches)
	}
	mark := lipgloss.NewStyle().Reverse(true)
	got := f.paintLine(0, line, plain, mark, mark)
	if ansi.Strip(got) != plain {
		t.Fatalf("text changed: %q", ansi.Strip(got))
	}
	want := mark.Render("code")
	i := strings.Index(got, want)
	if i < 0 {
		t.Fatalf("match not painted: %q", got)
	}
	rest := got[i+len(want):]
	if !strings.HasPrefix(ansi.Strip(rest), " here ") || !strings.Contains(rest, "\x1b[3m") {
		t.Errorf("text after the match lost its style: %q", rest)
	}
}

// TestAltEscClosesLikeEsc: esc pressed twice quickly arrives as one alt+esc
// (tmux sends ESC ESC); it closes the overlay on top like esc, so the next
// keys do not go into its filter.
func TestAltEscClosesLikeEsc(t *testing.T) {
	altEsc := func(m *Model) {
		drain(m, func() tea.Msg { return tea.KeyPressMsg{Code: tea.KeyEscape, Mod: tea.ModAlt} })
	}
	m, _ := newTestModel(t, 100, 30)
	for _, open := range []string{"/", "t", "L", "?"} {
		drain(m, m.open(location{Path: "sso", Offset: -1}, false))
		press(m, open)
		if m.top() == nil {
			t.Fatalf("%s opened nothing", open)
		}
		typeText(m, "ab")
		altEsc(m)
		if o := m.top(); o != nil {
			t.Errorf("after %s, alt+esc left %T open", open, o)
			m.overlays = nil
		}
	}
	press(m, "f")
	typeText(m, "login")
	altEsc(m)
	if m.finding || m.pager.find.active() {
		t.Error("alt+esc did not close the find prompt")
	}
	if !matches(keyMsg("esc"), m.sh.keys.List.Close) || matches(tea.KeyPressMsg{Code: 'q', Mod: tea.ModAlt}, m.sh.keys.Help.Close) {
		t.Error("alt is only ignored for esc")
	}
}
