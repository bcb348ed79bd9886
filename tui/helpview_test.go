package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestHelpScrollsAndCloses: at 60×20 the help does not fit; j/pgdn/G scroll
// to the last binding, k scrolls back, and esc, ? and q close it (q does not quit).
func TestHelpScrollsAndCloses(t *testing.T) {
	m, _ := newTestModel(t, 60, 20)
	press(m, "?")
	if topHelp(m) == nil {
		t.Fatal("? did not open the help")
	}
	last := topHelp(m).lines[len(topHelp(m).lines)-1]
	if !strings.Contains(screenText(m), "lines 1–") {
		t.Fatalf("no position line although the help overflows:\n%s", screenText(m))
	}
	press(m, "j")
	if topHelp(m).offset != 1 {
		t.Errorf("j: offset %d", topHelp(m).offset)
	}
	press(m, "k", "k")
	if topHelp(m).offset != 0 {
		t.Errorf("k: offset %d", topHelp(m).offset)
	}
	for range 20 {
		drain(m, func() tea.Msg { return tea.KeyPressMsg{Code: tea.KeyPgDown} })
	}
	if !strings.Contains(screenText(m), strings.TrimSpace(ansi.Strip(last))) {
		t.Errorf("pgdn did not reach the end (%q):\n%s", ansi.Strip(last), screenText(m))
	}
	press(m, "g")
	if topHelp(m).offset != 0 {
		t.Errorf("g: offset %d", topHelp(m).offset)
	}
	for _, k := range []string{"esc", "?", "q"} {
		press(m, "?")
		_, cmd := m.Update(keyMsg(k))
		if m.top() != nil {
			t.Errorf("%s did not close the help", k)
		}
		if cmd != nil {
			t.Errorf("%s in the help returned a command (quit?)", k)
		}
	}
}
