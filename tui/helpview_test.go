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

// TestHelpUsesTheScreen: on a tall screen the help shows every line at once
// (the box takes the height, columns take the width); on short screens it
// still fits the frame and scrolls.
func TestHelpUsesTheScreen(t *testing.T) {
	m, _ := newTestModel(t, 160, 45)
	press(m, "?")
	h := topHelp(m)
	if len(h.lines) > h.rows() {
		t.Fatalf("160×45: %d help lines but %d rows shown", len(h.lines), h.rows())
	}
	s := screenText(m)
	if strings.Contains(s, "lines 1–") {
		t.Errorf("160×45: the help scrolls although the screen has room:\n%s", s)
	}
	for _, l := range h.lines {
		if l := strings.TrimSpace(ansi.Strip(l)); l != "" && !strings.Contains(s, l) {
			t.Errorf("160×45: help line %q not on screen", l)
		}
	}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		m, _ := newTestModel(t, size[0], size[1])
		press(m, "?")
		h := topHelp(m)
		lines := strings.Split(screenText(m), "\n")
		if len(lines) != size[1] {
			t.Errorf("%v: frame has %d lines", size, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: line %d cells wide: %q", size, w, l)
				break
			}
		}
		if len(h.lines) > h.rows() != strings.Contains(screenText(m), "lines 1–") {
			t.Errorf("%v: position line shown iff the help overflows (%d lines, %d rows)", size, len(h.lines), h.rows())
		}
		if h.rows() < size[1]-8 {
			t.Errorf("%v: only %d rows of help on a %d-line screen", size, h.rows(), size[1])
		}
	}
}
