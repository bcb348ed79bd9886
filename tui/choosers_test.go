package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

func TestGoldenLanguagePicker(t *testing.T) {
	m, _ := newTestModel(t, 90, 20)
	drain(m, m.open(location{Path: "reference/sso/get-profile", Offset: -1}, true))
	press(m, "L")
	requireScreen(t, m)
	typeText(m, "py")
	if p := topPicker(m); len(p.shown) != 1 || p.items[p.shown[0]].value != "python" {
		t.Fatalf("filter py: %+v", p.shown)
	}
	press(m, "enter")
	if m.sh.lang != "python" || !strings.Contains(screenText(m), "sso.get_profile()") {
		t.Errorf("picked python: lang %q\n%s", m.sh.lang, screenText(m))
	}
}

// TestLanguagesOfferNoJSON: json (response bodies) is not an SDK language.
func TestLanguagesOfferNoJSON(t *testing.T) {
	f := newFakeDocs()
	m := newModelWith(t, Options{Docs: jsonLangDocs{f}}, 90, 20)
	if slices.Contains(m.sh.langs, "json") {
		t.Errorf("langs %v offer json", m.sh.langs)
	}
	press(m, "<") // backwards from all languages: the last real one
	if m.sh.lang != "python" {
		t.Errorf("< from all languages: %q, want python", m.sh.lang)
	}
}

type jsonLangDocs struct{ *fakeDocs }

func (j jsonLangDocs) Languages() []string { return []string{"curl", "js", "python", "json"} }

// TestSymbolSwitchesLanguage: choosing a symbol of one language, in the
// palette or in the s picker, shows the page in that language.
func TestSymbolSwitchesLanguage(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	typeText(m, "get_profile")
	press(m, "enter")
	if m.sh.lang != "python" || m.pager.loc.Path != "reference/sso/get-profile" {
		t.Fatalf("palette symbol: lang %q loc %+v", m.sh.lang, m.pager.loc)
	}
	m, _ = newTestModel(t, 100, 30)
	press(m, "s")
	typeText(m, "getprofile") // squashed: matches sso.getProfile() and sso.get_profile()
	p := topPicker(m)
	i := slices.IndexFunc(p.shown, func(i int) bool { return p.items[i].label == "sso.get_profile()" })
	if i < 0 || !slices.ContainsFunc(p.shown, func(i int) bool { return p.items[i].label == "sso.getProfile()" }) {
		t.Fatalf("s getprofile: %d shown", len(p.shown))
	}
	for range i {
		press(m, "down")
	}
	press(m, "enter")
	if m.sh.lang != "python" {
		t.Errorf("s symbol: lang %q", m.sh.lang)
	}
}

// TestPaletteLanguagePrefix: "python s" lists that language's symbols
// first, those whose word initials spell the query before others, and
// opens the page in it.
func TestPaletteLanguagePrefix(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	typeText(m, "python s")
	if len(m.palette.gotos) == 0 || m.palette.gotos[0].Label != "sso.get_profile()" {
		t.Fatalf("python s: %+v", m.palette.gotos)
	}
	for _, g := range m.palette.gotos {
		if g.Kind == "symbol" && g.Label != "sso.get_profile()" {
			t.Errorf("another language's symbol listed: %s", g.Label)
		}
	}
	press(m, "enter")
	if m.sh.lang != "python" {
		t.Errorf("lang %q", m.sh.lang)
	}
	if got := wordInitials("directorysync.ListUsers(ctx, opts)"); got != "dluco" {
		t.Errorf("wordInitials = %q", got)
	}
}

// TestStackPickerReachesTheView: the chosen stack is asked of ViewWith and
// shown in the status bar.
func TestStackPickerReachesTheView(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	drain(m, m.open(location{Path: "get-started", Offset: -1}, true))
	press(m, "S")
	typeText(m, "nextjs")
	press(m, "enter")
	press(m, "S")
	typeText(m, "nodejs")
	press(m, "enter")
	if m.sh.stack != (docs.Stack{Frontend: "nextjs", Backend: "nodejs"}) {
		t.Fatalf("stack %+v", m.sh.stack)
	}
	press(m, "G")
	if s := screenText(m); !strings.Contains(s, "Shown for the nextjs,nodejs stack") || !strings.Contains(s, "nextjs,nodejs ·") {
		t.Errorf("stack not rendered or not in the status bar:\n%s", s)
	}
}

// TestStartPath: a start address opens that page at its section; one that
// names no page opens the palette with it typed and the pages it may mean.
func TestStartPath(t *testing.T) {
	m := newModelWith(t, Options{Docs: newFakeDocs(), Start: "https://workos.com/docs/sso/login-flows"}, 100, 30)
	if m.pager.loc.Path != "sso" || m.pager.sectionAtTop().Anchor != "login-flows" {
		t.Errorf("start at %+v %q", m.pager.loc, m.pager.sectionAtTop().Anchor)
	}
	m = newModelWith(t, Options{Docs: newFakeDocs(), Start: "magic/sendng"}, 100, 30)
	if m.top() != overlay(m.palette) || m.palette.input.Value() != "magic/sendng" {
		t.Fatalf("unknown start: overlay %v value %q", m.top(), m.palette.input.Value())
	}
	if s := screenText(m); !strings.Contains(s, "Did you mean") || !strings.Contains(s, "magic-auth") {
		t.Errorf("no suggestions:\n%s", s)
	}
}

// TestEnterAheadOfResults: enter typed before the lookups answer opens the
// first result when they do, instead of being lost.
func TestEnterAheadOfResults(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	var lookups tea.Cmd
	for _, r := range "magic" {
		_, lookups = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)}) // answers held back
	}
	press(m, "enter")
	if m.top() == nil || !m.palette.chooseAhead {
		t.Fatal("enter before the answers closed the palette or was dropped")
	}
	drain(m, lookups)
	if m.top() != nil || m.pager.loc.Path != "magic-auth" {
		t.Errorf("after the answers: overlay %v loc %+v", m.top(), m.pager.loc)
	}
}

// TestPaletteNamedPageFirst: when full text ranks a page whose path or
// title is the query first, go-to puts that page first too, as the search
// command does; a page go-to lacks is added on top.
func TestPaletteNamedPageFirst(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	p := m.palette
	p.input.SetValue("sso")
	p.seq++
	seq := p.seq
	page := func(path string) search.Match {
		return search.Match{Target: search.Target{Label: path, Path: path, Kind: "page"}}
	}
	p.setGoTo(gotoResultMsg{seq: seq, matches: []search.Match{page("sso/overview"), page("sso")}})
	p.setResults(searchResultMsg{seq: seq, res: search.Result{Query: "sso", Hits: []search.Hit{{Path: "sso", Title: "Single Sign-On"}}}})
	if p.gotos[0].Path != "sso" || len(p.gotos) != 2 {
		t.Errorf("named page not first: %+v", p.gotos)
	}
	p.seq++
	p.setResults(searchResultMsg{seq: p.seq, res: search.Result{Query: "okta", Hits: []search.Hit{{Path: "integrations/okta", Title: "Okta"}}}})
	p.setGoTo(gotoResultMsg{seq: p.seq, matches: []search.Match{page("sso")}})
	if p.gotos[0].Path != "integrations/okta" {
		t.Errorf("named page missing from go-to not added: %+v", p.gotos)
	}
}

// TestStackPickerStartsOnTheCurrentChoice: the cursor opens on the stack in
// force, so enter keeps it and ↓ moves from it.
func TestStackPickerStartsOnTheCurrentChoice(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m.sh.stack = docs.Stack{Frontend: "remix"}
	press(m, "S")
	p := topPicker(m)
	if got := p.items[p.shown[p.sel]].value; got != "frontend:remix" {
		t.Errorf("cursor on %q, want the current frontend", got)
	}
	press(m, "esc")
	m.sh.stack = docs.Stack{Backend: "python"}
	press(m, "S")
	p = topPicker(m)
	if got := p.items[p.shown[p.sel]].value; got != "backend:python" {
		t.Errorf("cursor on %q, want the current backend", got)
	}
}

// visibleRows is the picker's rows on screen: the first shown index and how many.
func visibleRows(p *picker) (first, n int) {
	return max(p.offset, 0), strings.Count(p.view(), "\n") // line 0 is the title
}

// TestPickersOpenWithTheEntriesAboveInView: a picker whose list fits shows it
// from the top, whatever entry is current; a longer one keeps the current
// entry in view with entries above it and fills the box.
func TestPickersOpenWithTheEntriesAboveInView(t *testing.T) {
	m, _ := newTestModel(t, 160, 45)
	m.sh.lang = "python" // the last language
	press(m, "L")
	p := topPicker(m)
	if first, n := visibleRows(p); first != 0 || n != len(p.shown) {
		t.Errorf("language picker shows rows %d..%d of %d, want all from the top\n%s", first, first+n, len(p.shown), p.view())
	}
	if v := p.view(); !strings.Contains(v, "all languages") || !strings.Contains(v, "curl") {
		t.Errorf("language picker hides the entries above the current one:\n%s", v)
	}
	press(m, "esc")

	f := newFakeDocs()
	var secs []fakeSection
	for i := range 40 {
		secs = append(secs, fakeSection{fmt.Sprintf("Heading %02d", i), fmt.Sprintf("heading-%02d", i), lorem("this part", 2)})
	}
	f.add("long", "Long page", secs...)
	m = New(Options{Docs: f, Theme: "dark", OpenURL: (&opened{}).open, Start: "long#heading-30"})
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 60, Height: 20} })
	press(m, "t")
	p = topPicker(m)
	first, n := visibleRows(p)
	if p.sel != 30 || p.sel < first || p.sel >= first+n {
		t.Fatalf("contents: selection %d, rows %d..%d", p.sel, first, first+n)
	}
	if n != p.rows() || p.sel-first < p.rows()/3 {
		t.Errorf("contents: %d rows of %d in view, %d above the current one; want a full box with context above\n%s", n, p.rows(), p.sel-first, p.view())
	}
}

// The symbols picker lists a method once per page and language: the bare
// name beside its full spelling ("get_profile" and "sso.get_profile()") is
// the same entry.
func TestSymbolsPickerListsEachSpellingOnce(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	fd := m.sh.docs.(*fakeDocs)
	fd.symbols = append(fd.symbols, apiref.Symbol{Name: "get_profile", Lang: "python", ID: "get_profile", Page: "reference/sso/get-profile"})
	press(m, "s")
	p := topPicker(m)
	var labels []string
	for _, i := range p.shown {
		labels = append(labels, p.items[i].label)
	}
	if slices.Contains(labels, "get_profile") || !slices.Contains(labels, "sso.get_profile()") {
		t.Errorf("symbols %q: want sso.get_profile() and not the bare get_profile", labels)
	}
}
