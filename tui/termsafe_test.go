package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// hostileModel is the explorer over the hostile corpus, on its page.
func hostileModel(t *testing.T) *Model {
	t.Helper()
	c, err := docs.Load(testcorpus.Hostile(t))
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Docs: FromCorpus(c), Theme: "dark", OpenURL: (&opened{}).open})
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 30} })
	drain(m, m.open(location{Path: "hostile/page", Offset: -1}, true))
	return m
}

// onlyStyling fails on any control sequence in s but the SGR colours and
// OSC 8 links lipgloss and glamour emit, and on any payload word.
func onlyStyling(t *testing.T, what, s string) {
	t.Helper()
	for _, w := range testcorpus.Markers {
		if strings.Contains(s, w) {
			t.Errorf("%s: payload %q reached the screen", what, w)
		}
	}
	pa := ansi.NewParser()
	var state byte
	for rest := s; len(rest) > 0; {
		seq, width, n, st := ansi.DecodeSequence(rest, state, pa)
		state, rest = st, rest[n:]
		switch {
		case width > 0 || seq == "\n" || seq == " " || seq == "\t":
		case ansi.HasCsiPrefix(seq) && pa.Command() == 'm':
		case ansi.HasOscPrefix(seq) && pa.Command() == 8:
		default:
			if r := []rune(seq); len(r) == 1 && r[0] >= 0x20 && (r[0] < 0x7f || r[0] > 0x9f) {
				continue // zero-width text
			}
			t.Errorf("%s: control sequence %q on screen", what, seq)
			return
		}
	}
}

// TestHostileExplorer: the hostile corpus's escape sequences reach neither
// the screen (raw bytes of the view) nor the window title; the page's load
// notice is shown once.
func TestHostileExplorer(t *testing.T) {
	m := hostileModel(t)
	v := m.View()
	if want := testcorpus.HostileTitle + " · WorkOS docs"; v.WindowTitle != want {
		t.Errorf("window title %q, want %q", v.WindowTitle, want)
	}
	onlyStyling(t, "window title", v.WindowTitle)
	onlyStyling(t, "page view", v.Content)
	screen := ansi.Strip(v.Content)
	if !strings.Contains(screen, "smiles") {
		t.Error("the page text is not on screen")
	}
	if n := strings.Count(screen, "escape sequences"); n != 1 {
		t.Errorf("the load notice is on screen %d times, want once", n)
	}
	golden.RequireEqual(t, screen)

	press(m, "c") // the changelog carries payloads too
	onlyStyling(t, "changelog view", m.View().Content)
}
