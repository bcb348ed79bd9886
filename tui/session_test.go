package tui

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/internal/userstate"
)

// memStore is an in-memory state store.
type memStore struct {
	saved userstate.State
	n     int
	err   error
}

func (s *memStore) save(st userstate.State) error {
	s.saved, s.n = st, s.n+1
	return s.err
}

// runAll runs a Cmd and every Cmd inside batches and sequences, returning
// the messages that are neither; it reports whether tea.Quit was among them.
func runAll(cmd tea.Cmd) (msgs []tea.Msg, quit bool) {
	if cmd == nil {
		return nil, false
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := range v.Len() {
			ms, q := runAll(v.Index(i).Interface().(tea.Cmd))
			msgs, quit = append(msgs, ms...), quit || q
		}
		return msgs, quit
	}
	if _, ok := msg.(tea.QuitMsg); ok {
		return msgs, true
	}
	return append(msgs, msg), false
}

// quitNow presses Quit and runs what it returns, as the runtime would.
func quitNow(t *testing.T, m *Model, k string) {
	t.Helper()
	_, cmd := m.Update(keyMsg(k))
	if _, quit := runAll(cmd); !quit {
		t.Fatalf("%s did not quit", k)
	}
}

// TestResumeSamePageSameLine: quit on a page scrolled down, start again with
// the saved session: the same page with the same first visible line, the
// same language, stack and open folders.
func TestResumeSamePageSameLine(t *testing.T) {
	st := &memStore{}
	m := newModelWith(t, Options{Docs: newFakeDocs(), Save: st.save}, 100, 24)
	press(m, "/")
	typeText(m, "single sign")
	press(m, "enter")
	for range 30 {
		press(m, "j")
	}
	press(m, ">") // curl
	top := m.pager.vp.YOffset()
	if m.pager.loc.Path != "sso" || top != 30 {
		t.Fatalf("setup: %+v top %d", m.pager.loc, top)
	}
	quitNow(t, m, "q")
	if st.n != 1 || st.saved.Page != "sso" || st.saved.Top != 30 || st.saved.Lang != "curl" {
		t.Fatalf("saved %+v (%d saves)", st.saved, st.n)
	}
	if len(st.saved.Queries) != 1 || st.saved.Queries[0] != "single sign" || st.saved.Recent[0] != "sso" {
		t.Errorf("queries %v recent %v", st.saved.Queries, st.saved.Recent)
	}
	m2 := newModelWith(t, Options{Docs: newFakeDocs(), Session: st.saved, Lang: st.saved.Lang}, 100, 24)
	if m2.pager.loc.Path != "sso" || m2.pager.vp.YOffset() != 30 {
		t.Fatalf("resumed at %+v line %d, want sso line 30", m2.pager.loc, m2.pager.vp.YOffset())
	}
	panes := func(m *Model) string { // the status line differs: m still shows its last message
		ls := strings.Split(screenText(m), "\n")
		return strings.Join(ls[:len(ls)-2], "\n")
	}
	if panes(m2) != panes(m) {
		t.Errorf("resumed screen differs:\n%s\nwas:\n%s", screenText(m2), screenText(m))
	}
	if !m2.tree.open[m2.tree.roots[1]] {
		t.Error("the open folder (Authentication) was not reopened")
	}
	// Another width: the section that was on top, not a line number of another wrap.
	m3 := newModelWith(t, Options{Docs: newFakeDocs(), Session: st.saved}, 130, 24)
	if h := m3.pager.sectionAtTop(); h.Anchor != st.saved.Anchor || st.saved.Anchor == "" {
		t.Errorf("at another width resumed at section %q, want %q", h.Anchor, st.saved.Anchor)
	}
}

// TestBrokenSessionIsOneStatusLine: what the store could not read is said in
// the status line and the explorer starts as on a first run.
func TestBrokenSessionIsOneStatusLine(t *testing.T) {
	m := newModelWith(t, Options{Docs: newFakeDocs(), Notice: "session not restored: state.json is not a state file"}, 100, 24)
	if m.pager.loc.Path != homePath || !strings.Contains(screenText(m), "session not restored") {
		t.Errorf("start %+v, screen:\n%s", m.pager.loc, screenText(m))
	}
	// A session naming a page the corpus lost starts on the welcome page.
	m = newModelWith(t, Options{Docs: newFakeDocs(), Session: userstate.State{Page: "gone/page", Top: 9}}, 100, 24)
	if m.pager.loc.Path != homePath {
		t.Errorf("stale session opened %+v", m.pager.loc)
	}
}

// TestSaveFailureIsReported: an unwritable state file becomes a status line.
func TestSaveFailureIsReported(t *testing.T) {
	st := &memStore{err: errString("session not saved: read-only file system")}
	m := newModelWith(t, Options{Docs: newFakeDocs(), Save: st.save}, 100, 24)
	drain(m, m.open(location{Path: "sso", Offset: -1}, true))
	press(m, "B")
	if !strings.Contains(screenText(m), "read-only file system") {
		t.Errorf("no report of the failed save:\n%s", screenText(m))
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// TestBookmarkSurvivesRestart: B bookmarks the page at the section on top
// and saves at once; after a restart the bookmarks overlay lists it and
// opens it at that section, with the focus on the page.
func TestBookmarkSurvivesRestart(t *testing.T) {
	st := &memStore{}
	m := newModelWith(t, Options{Docs: newFakeDocs(), Save: st.save}, 100, 24)
	drain(m, m.open(location{Path: "sso", Anchor: "login-flows", Offset: -1}, true))
	press(m, "B")
	if st.n != 1 || len(st.saved.Bookmarks) != 1 || st.saved.Bookmarks[0].Anchor != "login-flows" {
		t.Fatalf("bookmark not saved at once: %+v", st.saved)
	}
	drain(m, m.open(location{Path: "magic-auth", Offset: -1}, true))
	quitNow(t, m, "q")

	m2 := newModelWith(t, Options{Docs: newFakeDocs(), Session: st.saved}, 100, 24)
	press(m2, "tab") // focus the tree: choosing must bring the focus back to the page
	press(m2, "'")
	p := topPicker(m2)
	if p == nil || len(p.items) == 0 || !strings.Contains(p.items[0].label, "Single Sign-On › Login flows") {
		t.Fatalf("bookmarks overlay: %+v", p)
	}
	press(m2, "enter")
	if m2.pager.loc.Path != "sso" || m2.pager.sectionAtTop().Anchor != "login-flows" || m2.focus != panePage {
		t.Errorf("bookmark opened %+v at %q, focus %v", m2.pager.loc, m2.pager.sectionAtTop().Anchor, m2.focus)
	}
	press(m2, "B") // toggles off
	if m2.bookmarked() >= 0 {
		t.Error("B on a bookmarked page did not remove the bookmark")
	}
}

func TestGoldenBookmarks(t *testing.T) {
	m := newModelWith(t, Options{Docs: newFakeDocs(), Session: userstate.State{
		Bookmarks: []userstate.Bookmark{{Path: "sso", Anchor: "testing", Title: "Single Sign-On", Section: "Testing"}, {Path: "get-started", Title: "Get started"}},
		Recent:    []string{"magic-auth", "reference/sso/get-profile", "gone/page"},
	}}, 90, 20)
	press(m, "'")
	requireScreen(t, m)
	typeText(m, "magic")
	if p := topPicker(m); len(p.shown) != 1 || p.items[p.shown[0]].loc.Path != "magic-auth" {
		t.Errorf("filter magic: %+v", p.shown)
	}
}

// TestPaletteHistory: ↑ on an empty query brings back earlier searches, newest first.
func TestPaletteHistory(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	for _, q := range []string{"login", "magic"} {
		press(m, "/")
		typeText(m, q)
		press(m, "enter")
	}
	press(m, "/")
	press(m, "up")
	if v := m.palette.input.Value(); v != "magic" {
		t.Fatalf("first ↑: %q", v)
	}
	press(m, "up")
	if v := m.palette.input.Value(); v != "login" {
		t.Fatalf("second ↑: %q", v)
	}
	if len(m.palette.gotos) == 0 {
		t.Error("a recalled query is not searched")
	}
}

// TestMistypedStartKeepsTheSavedPlace: a start address that names no page
// opens the palette over the resumed page; closing it and quitting saves the
// same reading position, so the next plain start resumes there.
func TestMistypedStartKeepsTheSavedPlace(t *testing.T) {
	st := &memStore{}
	m := newModelWith(t, Options{Docs: newFakeDocs(), Save: st.save, Start: "sso#login-flows"}, 100, 24)
	press(m, "j", "j", "j")
	quitNow(t, m, "q")
	saved := st.saved
	if saved.Page != "sso" || saved.Anchor != "login-flows" {
		t.Fatalf("setup: saved %+v", saved)
	}
	m = newModelWith(t, Options{Docs: newFakeDocs(), Save: st.save, Session: saved, Start: "sso/loginflow"}, 100, 24)
	if m.top() != overlay(m.palette) {
		t.Fatal("a mistyped start did not open the palette")
	}
	press(m, "esc")
	if m.pager.loc.Path != "sso" {
		t.Errorf("under the palette: %q, want the resumed page", m.pager.loc.Path)
	}
	quitNow(t, m, "q")
	if got := st.saved; got.Page != saved.Page || got.Top != saved.Top || got.Width != saved.Width || got.Anchor != saved.Anchor {
		t.Errorf("after a mistyped start saved %q top %d width %d #%s, want %q top %d width %d #%s",
			got.Page, got.Top, got.Width, got.Anchor, saved.Page, saved.Top, saved.Width, saved.Anchor)
	}
}

// TestQuitBeforeTheFirstRenderKeepsTheSavedPlace: quitting before the
// resumed page is drawn saves where it was going, not its top line 0.
func TestQuitBeforeTheFirstRenderKeepsTheSavedPlace(t *testing.T) {
	for _, saved := range []userstate.State{
		{Page: "sso", Top: 12, Width: 70},           // same width: the line
		{Page: "sso", Anchor: "testing", Width: 50}, // another width: the section
	} {
		m := New(Options{Docs: newFakeDocs(), Theme: "dark", Session: saved})
		m.tick = noTick
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 24}) // its render Cmd never runs
		if m.pager.doc != nil {
			t.Fatal("setup: the page was drawn")
		}
		got := m.session()
		if got.Page != "sso" || got.Top != saved.Top || got.Anchor != saved.Anchor {
			t.Errorf("saved %+v before the first render, want page sso top %d #%s", got, saved.Top, saved.Anchor)
		}
		if saved.Anchor != "" && got.Width != 0 {
			t.Errorf("width %d with an anchor: the next start would read line 0", got.Width)
		}
	}
}
