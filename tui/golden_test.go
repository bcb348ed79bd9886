package tui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// Golden views: ANSI-stripped screens at fixed sizes over the fake corpus.
// Regenerate with: go test ./tui -run Golden -update

func requireScreen(t *testing.T, m *Model) {
	t.Helper()
	golden.RequireEqual(t, ansi.Strip(m.View().Content))
}

func TestGoldenWelcome(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	requireScreen(t, m)
}

func TestGoldenPalette(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	press(m, "/")
	typeText(m, "sign")
	press(m, "down")
	requireScreen(t, m)
}

func TestGoldenPageWithFind(t *testing.T) {
	m, _ := newTestModel(t, 100, 24)
	drain(m, m.open(location{Path: "sso", Anchor: "login-flows", Offset: -1}, true))
	press(m, "f")
	typeText(m, "flow")
	requireScreen(t, m)
}

func TestGoldenReferenceInPython(t *testing.T) {
	m, _ := newTestModel(t, 90, 16)
	drain(m, m.open(location{Path: "reference/sso/get-profile", Offset: -1}, true))
	press(m, ">", ">", ">")
	requireScreen(t, m)
}

func TestGoldenHelp(t *testing.T) {
	m, _ := newTestModel(t, 110, 34)
	press(m, "?")
	requireScreen(t, m)
}

func TestGoldenChangelog(t *testing.T) {
	m, _ := newTestModel(t, 90, 24)
	press(m, "c")
	requireScreen(t, m)
}

func TestGoldenNarrow(t *testing.T) {
	m, _ := newTestModel(t, 60, 20)
	drain(m, m.open(location{Path: "get-started", Offset: -1}, true))
	requireScreen(t, m)
}

func TestGoldenTiny(t *testing.T) {
	m, _ := newTestModel(t, 20, 5)
	requireScreen(t, m)
}

func TestGoldenSyncFailed(t *testing.T) {
	m := New(Options{Theme: "dark", Sync: func(context.Context, func(SyncProgress)) error {
		return errors.New("registry unreachable: connection refused")
	}})
	m.Update(tea.WindowSizeMsg{Width: 90, Height: 20})
	drain(m, m.syncer.start())
	if m.state != stateFailed {
		t.Fatalf("state %v, want failed", m.state)
	}
	requireScreen(t, m)
	s := screenText(m)
	for _, fix := range []string{"connection refused", "WORKOS_DOCS_REGISTRY=", "sync --from FILE.tgz", "--docs DIR", "q quit"} {
		if !strings.Contains(s, fix) {
			t.Errorf("failed-sync screen lacks %q:\n%s", fix, s)
		}
	}
	for _, k := range []string{"/", "?", "enter"} { // nothing else to do here
		if m.Update(keyMsg(k)); m.state != stateFailed {
			t.Fatalf("%s left the failed state", k)
		}
	}
	_, cmd := m.Update(keyMsg("q"))
	if cmd == nil {
		t.Fatal("q does not leave the failed-sync screen")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q on the failed-sync screen does not quit")
	}
}

func TestGoldenSyncProgress(t *testing.T) {
	m := New(Options{Theme: "dark", Sync: func(context.Context, func(SyncProgress)) error { return nil }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 12})
	m.Update(syncProgressMsg{Stage: "downloading", Version: "1.2.3", Done: 512 << 10, Total: 1024 << 10})
	requireScreen(t, m)
}

// TestFirstRunSyncThenExplorer: no corpus → sync with progress → load → explorer.
func TestFirstRunSyncThenExplorer(t *testing.T) {
	loaded := false
	m := New(Options{Theme: "dark",
		Sync: func(_ context.Context, progress func(SyncProgress)) error {
			progress(SyncProgress{Stage: "downloading", Done: 1, Total: 2})
			return nil
		},
		Load: func() (Docs, error) { loaded = true; return newFakeDocs(), nil },
	})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if m.state != stateSyncing {
		t.Fatalf("state %v, want syncing", m.state)
	}
	drain(m, m.syncer.start())
	if !loaded || m.state != stateReady || m.pager.loc.Path != homePath {
		t.Fatalf("after sync: loaded %v state %v loc %+v", loaded, m.state, m.pager.loc)
	}
}
