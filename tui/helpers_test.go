package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// drain runs Cmds synchronously and feeds their messages back, like the runtime would.
func drain(m tea.Model, cmd tea.Cmd) tea.Model {
	for i := 0; cmd != nil && i < 50; i++ {
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				m = drain(m, c)
			}
			return m
		}
		if msg == nil {
			return m
		}
		m, cmd = m.Update(msg)
	}
	return m
}

// opened records the URLs the model asked a browser to open.
type opened struct{ urls []string }

func (o *opened) open(u string) tea.Cmd {
	o.urls = append(o.urls, u)
	return nil
}

// newTestModel is a ready explorer over the fake corpus at w×h, ticks disabled.
func newTestModel(t testing.TB, w, h int) (*Model, *opened) {
	t.Helper()
	o := &opened{}
	m := New(Options{Docs: newFakeDocs(), Theme: "dark", OpenURL: o.open})
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return m, o
}

// noTick stands in for tea.Tick: timers never fire in tests unless a test says so.
func noTick(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }

func press(m *Model, keys ...string) {
	for _, k := range keys {
		drain(m, func() tea.Msg { return keyMsg(k) })
	}
}

// typeText sends each rune as a key press.
func typeText(m *Model, s string) {
	for _, r := range s {
		drain(m, func() tea.Msg { return tea.KeyPressMsg{Code: r, Text: string(r)} })
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+k":
		return tea.KeyPressMsg{Code: 'k', Mod: tea.ModCtrl}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("keyMsg: unknown key " + k)
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// topPicker is the picker on top of the overlays, or nil.
func topPicker(m *Model) *picker {
	p, _ := m.top().(*picker)
	return p
}

// topHelp is the help overlay on top, or nil.
func topHelp(m *Model) *helpView {
	h, _ := m.top().(*helpView)
	return h
}
