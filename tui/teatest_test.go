package tui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestFlowSearchOpenBackQuit runs the real program loop: launch → search →
// enter → page → back → quit.
func TestFlowSearchOpenBackQuit(t *testing.T) {
	o := &opened{}
	m := New(Options{Docs: newFakeDocs(), Theme: "dark", OpenURL: o.open})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	wait := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(3*time.Second))
	}
	wait("Welcome")
	tm.Send(tea.KeyPressMsg{Code: '/', Text: "/"})
	tm.Type("magic")
	wait("Sending codes") // go-to lists the page's section
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("Paragraph") // the Magic Auth page body
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	wait("Find something") // a heading of the welcome page
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*Model)
	if final.pager.loc.Path != homePath {
		t.Errorf("after back: %+v", final.pager.loc)
	}
	if len(final.hist.fwd) != 1 || final.hist.fwd[0].Path != "magic-auth" {
		t.Errorf("forward history: %+v", final.hist.fwd)
	}
}
