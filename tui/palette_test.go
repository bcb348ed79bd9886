package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// scriptedDocs answers go-to and full text from tables, so a test can say
// what the index would answer for a typo and for its correction.
type scriptedDocs struct {
	*fakeDocs
	gotos     map[string][]search.Match
	corrected map[string]string // query → the spelling full text searched instead
}

func (s *scriptedDocs) GoTo(q string, limit int) []search.Match {
	ms := s.gotos[q]
	return ms[:min(len(ms), limit)]
}

func (s *scriptedDocs) Search(q string, o search.Options) search.Result {
	fixed, ok := s.corrected[q]
	if !ok {
		return s.fakeDocs.Search(q, o)
	}
	res := s.fakeDocs.Search(fixed, o)
	res.Query, res.DidYouMean = q, []string{fixed}
	return res
}

func newScriptedModel(t *testing.T, sd *scriptedDocs) *Model {
	t.Helper()
	o := &opened{}
	m := New(Options{Docs: sd, Theme: "dark", OpenURL: o.open})
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 30} })
	return m
}

func target(label, path, anchor, kind string) search.Match {
	return search.Match{Target: search.Target{Label: label, Path: path, Anchor: anchor, Kind: kind}}
}

func labels(ms []search.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Label+" @"+m.Path+"#"+m.Anchor)
	}
	return out
}

// A typo's go-to is fuzzy noise; once full text says which spelling it
// searched ("magik auth" → "magic auth"), go-to lists that spelling's
// matches too, after what matches the words as typed.
func TestPaletteGoToFollowsTheCorrection(t *testing.T) {
	sd := &scriptedDocs{fakeDocs: newFakeDocs(),
		gotos: map[string][]search.Match{
			"magik auth": {
				target("Managing keys in Auth", "sso", "overview", "section"),
				target("Magik auth importer", "get-started", "next-steps", "section"),
			},
			"magic auth": {
				target("Magic Auth", "magic-auth", "", "page"),
				target("Magic Auth › Sending codes", "magic-auth", "sending-codes", "section"),
			},
		},
		corrected: map[string]string{"magik auth": "magic auth"},
	}
	m := newScriptedModel(t, sd)
	press(m, "/")
	typeText(m, "magik auth")
	got := labels(m.palette.gotos)
	want := []string{
		"Magik auth importer @get-started#next-steps", // the words as typed stay first
		"Magic Auth @magic-auth#",
		"Magic Auth › Sending codes @magic-auth#sending-codes",
		"Managing keys in Auth @sso#overview", // fuzzy on the typo: last
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("go-to for a typo:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	press(m, "down", "enter")
	if m.pager.loc.Path != "magic-auth" {
		t.Errorf("opened %q, want the corrected page", m.pager.loc.Path)
	}
}

// A query without a correction keeps go-to as it answered.
func TestPaletteGoToWithoutCorrectionUnchanged(t *testing.T) {
	sd := &scriptedDocs{fakeDocs: newFakeDocs(), gotos: map[string][]search.Match{
		"login": {target("Single Sign-On › Login flows", "sso", "login-flows", "section"), target("Get started", "get-started", "", "page")},
	}}
	m := newScriptedModel(t, sd)
	press(m, "/")
	typeText(m, "login")
	if got := labels(m.palette.gotos); len(got) != 2 || got[0] != "Single Sign-On › Login flows @sso#login-flows" {
		t.Fatalf("go-to %v", got)
	}
}

// One entry per destination: a page's path and its title are one place and
// show as the title; API spellings of one page collapse into the best one.
func TestPaletteOneEntryPerDestination(t *testing.T) {
	sd := &scriptedDocs{fakeDocs: newFakeDocs(), gotos: map[string][]search.Match{
		"sso": {
			target("sso", "sso", "", "path"),
			target("Single Sign-On", "sso", "", "page"),
			target("sso.getProfile()", "reference/sso/get-profile", "", "symbol"),
			target("sso.get_profile()", "reference/sso/get-profile", "", "symbol"),
			target("Single Sign-On › Testing", "sso", "testing", "section"),
			target("reference/sso/get-profile", "reference/sso/get-profile", "", "path"),
		},
		"integrations/ok": {target("integrations/okta", "integrations/okta", "", "path")},
	}}
	m := newScriptedModel(t, sd)
	press(m, "/")
	typeText(m, "sso")
	want := []string{"Single Sign-On @sso#", "sso.getProfile() @reference/sso/get-profile#", "Single Sign-On › Testing @sso#testing"}
	if got := labels(m.palette.gotos); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("go-to:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m.palette.gotos[0].Kind != "page" {
		t.Errorf("a path match shows as its page: %+v", m.palette.gotos[0])
	}
	press(m, "esc", "/")
	typeText(m, "integrations/ok")
	if g := m.palette.gotos; len(g) == 0 || !containsLabel(g, "Okta") || containsLabel(g, "integrations/okta") {
		t.Errorf("a path typed as an address still lists the page by title: %v", labels(g))
	}
}

func containsLabel(ms []search.Match, label string) bool {
	for _, m := range ms {
		if m.Label == label {
			return true
		}
	}
	return false
}

// An enter typed before the answers waits for the corrected go-to: it opens
// the first entry of the merged list, not the typo's fuzzy first match.
func TestPaletteEnterAheadWaitsForCorrection(t *testing.T) {
	sd := &scriptedDocs{fakeDocs: newFakeDocs(),
		gotos: map[string][]search.Match{
			"magik auth": {target("Managing keys in Auth", "sso", "overview", "section")},
			"magic auth": {target("Magic Auth", "magic-auth", "", "page")},
		},
		corrected: map[string]string{"magik auth": "magic auth"},
	}
	m := newScriptedModel(t, sd)
	press(m, "/")
	var cmds []tea.Cmd
	for _, r := range "magik auth" {
		_, cmd := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		cmds = append(cmds, cmd)
	}
	_, cmd := m.Update(keyMsg("enter"))
	cmds = append(cmds, cmd)
	drain(m, tea.Batch(cmds...))
	if m.top() != nil || m.pager.loc.Path != "magic-auth" {
		t.Errorf("enter typed ahead opened %q (overlay open: %v), want magic-auth", m.pager.loc.Path, m.top() != nil)
	}
}

// TestPaletteShowsWholePathsWideAndWholeTitlesNarrow: on a wide screen the
// palette is wide enough for a title and its long path; on a narrow one the
// path is cut before the title.
func TestPaletteShowsWholePathsWideAndWholeTitlesNarrow(t *testing.T) {
	const (
		path  = "reference/authkit/authentication/get-authorization-url-for-every-provider"
		title = "Get an authorization URL for a provider"
	)
	for _, c := range []struct {
		w, h       int
		wantPath   bool // the whole path is on screen
		wantTitleW bool // the whole title is on screen
	}{{160, 45, true, true}, {80, 24, false, true}, {60, 20, false, true}} {
		f := newFakeDocs()
		f.add(path, title, fakeSection{"", "", "Builds the address a sign-in starts at."})
		m := newModelWith(t, Options{Docs: f}, c.w, c.h)
		press(m, "/")
		typeText(m, "authorization")
		s := screenText(m)
		if got := strings.Contains(s, path); got != c.wantPath {
			t.Errorf("at %dx%d whole path shown: %v, want %v\n%s", c.w, c.h, got, c.wantPath, s)
		}
		if !strings.Contains(s, title) {
			t.Errorf("at %dx%d the title is cut:\n%s", c.w, c.h, s)
		}
		if c.w >= 80 && !strings.Contains(s, "reference/auth") {
			t.Errorf("at %dx%d the path is gone altogether:\n%s", c.w, c.h, s)
		}
	}
}

func TestSplitRowCutsThePathFirst(t *testing.T) {
	for _, c := range []struct{ label, detail, w, want int }{
		{20, 30, 100, 31}, // both fit
		{40, 30, 60, 17},  // the path gives way: the label keeps 40 (60-3-40)
		{70, 30, 60, 12},  // the label is too long anyway: the path keeps a fifth
		{10, 0, 60, 0},    // no detail
		{10, 30, 4, 0},    // tiny: never negative
	} {
		if got := splitRow(c.label, c.detail, c.w); got != c.want {
			t.Errorf("splitRow(%d, %d, %d) = %d, want %d", c.label, c.detail, c.w, got, c.want)
		}
	}
}

// Go-to entries with the same label (a helper in several SDK guides) list
// the reader's stack's guide first; the rest keeps its order.
func TestStackFirst(t *testing.T) {
	m := func(label, path string) search.Match {
		return search.Match{Target: search.Target{Label: label, Path: path, Kind: "symbol"}}
	}
	ms := []search.Match{
		m("withAuth", "sdks/authkit-remix"), m("withAuth", "sdks/authkit-react-router"),
		m("withAuth", "sdks/authkit-nextjs"), m("withAuth options", "sdks/authkit-remix"),
	}
	got := stackFirst(slices.Clone(ms), docs.Stack{Frontend: "nextjs"}.SDKPages())
	var paths []string
	for _, g := range got {
		paths = append(paths, g.Label+" "+g.Path)
	}
	want := []string{"withAuth sdks/authkit-nextjs", "withAuth sdks/authkit-remix", "withAuth sdks/authkit-react-router", "withAuth options sdks/authkit-remix"}
	if !slices.Equal(paths, want) {
		t.Errorf("got %q\nwant %q", paths, want)
	}
	if got := stackFirst(slices.Clone(ms), nil); !slices.EqualFunc(got, ms, func(a, b search.Match) bool { return a.Path == b.Path && a.Label == b.Label }) {
		t.Error("no stack changed the order")
	}
}
