package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func newModelWith(t *testing.T, o Options, w, h int) *Model {
	t.Helper()
	if o.Theme == "" {
		o.Theme = "dark"
	}
	if o.OpenURL == nil {
		o.OpenURL = (&opened{}).open
	}
	m := New(o)
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return m
}

// TestLangSpellingsAreNormalised: --lang node is the js reference.
func TestLangSpellingsAreNormalised(t *testing.T) {
	m := newModelWith(t, Options{Docs: newFakeDocs(), Lang: "Node"}, 100, 30)
	if m.sh.lang != "js" || m.flash != "" {
		t.Fatalf("lang %q flash %q, want js and no warning", m.sh.lang, m.flash)
	}
	press(m, "s")
	if topPicker(m) == nil || len(topPicker(m).items) != 1 || topPicker(m).items[0].label != "sso.getProfile()" {
		t.Errorf("symbols for node: %+v (flash %q)", topPicker(m).items, m.flash)
	}
}

// TestUnknownLangFallsBackWithWarning: a language the corpus lacks (known
// only once a first-run sync has loaded it) shows all languages and says so.
func TestUnknownLangFallsBackWithWarning(t *testing.T) {
	m := newModelWith(t, Options{Lang: "cobol", Load: func() (Docs, error) { return newFakeDocs(), nil }}, 100, 30)
	if m.state != stateReady || m.sh.lang != "" {
		t.Fatalf("state %v lang %q", m.state, m.sh.lang)
	}
	s := screenText(m)
	if !strings.Contains(s, `"cobol"`) || !strings.Contains(s, "curl, js, python") {
		t.Errorf("no warning naming the languages:\n%s", s)
	}
}

type countDocs struct {
	*fakeDocs
	n int
}

func (c countDocs) PageCount() int { return c.n }

// TestWelcomeCountsPages: the welcome page states the corpus's page count,
// not the number of tree entries.
func TestWelcomeCountsPages(t *testing.T) {
	m := newModelWith(t, Options{Docs: countDocs{newFakeDocs(), 1234}}, 100, 30)
	if s := screenText(m); !strings.Contains(s, "1234 pages") {
		t.Errorf("welcome lacks the page count:\n%s", s)
	}
}

// TestTOCFollowsLanguage: the contents of a reference page come from the
// view in the current SDK language (its own headings), not the cross-language page.
func TestTOCFollowsLanguage(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	drain(m, m.open(location{Path: "reference/sso/get-profile", Offset: -1}, true))
	press(m, ">", ">", ">") // "" → curl → js → python
	press(m, "t")
	if topPicker(m) == nil || len(topPicker(m).items) != 1 || topPicker(m).items[0].label != "sso.get_profile()" {
		t.Fatalf("python contents: overlay %v items %+v flash %q", m.top(), topPicker(m).items, m.flash)
	}
	press(m, "enter")
	if line := headLineOf(t, m, "ssoget_profile"); m.pager.vp.YOffset() != min(line, max(m.pager.vp.TotalLineCount()-m.pager.vp.Height(), 0)) {
		t.Errorf("offset %d, heading line %d", m.pager.vp.YOffset(), line)
	}
}
