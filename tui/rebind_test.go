package tui

import (
	"errors"

	"github.com/charmbracelet/x/ansi"
	"strings"
	"testing"
)

func TestDefaultKeyMapPassesConflict(t *testing.T) {
	if err := DefaultKeyMap().Conflict(); err != nil {
		t.Fatal(err)
	}
	if n := len(BindingNames()); n < 40 || BindingNames()[0] != "Interrupt" {
		t.Errorf("binding names: %d, first %q", n, BindingNames()[0])
	}
}

// TestRebindQuit: Global.Quit on x only: x quits, q does nothing (on the
// page q is no other key), help and the welcome page name x.
func TestRebindQuit(t *testing.T) {
	km := DefaultKeyMap()
	if err := km.Rebind("Global.Quit", []string{"x"}); err != nil {
		t.Fatal(err)
	}
	if err := km.Conflict(); err != nil {
		t.Fatal(err)
	}
	m := newModelWith(t, Options{Docs: newFakeDocs(), Keys: &km}, 100, 30)
	if _, cmd := m.Update(keyMsg("q")); cmd != nil {
		if _, quit := runAll(cmd); quit {
			t.Fatal("q still quits")
		}
	}
	md, _ := welcomeMarkdown(m.sh.keys, welcomeData{})
	_, lines := m.fullHelp(90)
	help := strings.Join(strings.Fields(ansi.Strip(strings.Join(lines, "\n"))), " ")
	if !strings.Contains(md, "`x` to quit") || !strings.Contains(help, "x quit") || strings.Contains(help, "q quit") {
		t.Errorf("help or welcome do not name x:\n%s\n%s", help, md)
	}
	quitNow(t, m, "x")
}

func TestRebindErrors(t *testing.T) {
	km := DefaultKeyMap()
	for _, tc := range []struct {
		name string
		keys []string
		want string
	}{
		{"Global.Nope", []string{"x"}, `no key binding "Global.Nope"`},
		{"Nope", []string{"x"}, `no key binding "Nope"`},
		{"Global", []string{"x"}, `no key binding "Global"`},
		{"Global.Quit", nil, "no keys given"},
		{"Global.Quit", []string{"ctrl+banana"}, "is not a key name"},
		{"Global.Quit", []string{"win+x"}, "unknown modifier"},
	} {
		if err := km.Rebind(tc.name, tc.keys); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Rebind(%s, %q) = %v, want %q", tc.name, tc.keys, err, tc.want)
		}
	}
	if err := km.Rebind("Global.Quit", []string{"/"}); err != nil {
		t.Fatal(err)
	}
	var kc *KeyConflict
	if err := km.Conflict(); !errors.As(err, &kc) || kc.Key != "/" || kc.First != "Global.Quit" || kc.Second != "Global.Search" {
		t.Errorf("conflict: %v", err)
	}
	km = DefaultKeyMap()
	km.Rebind("Tree.Top", []string{"q"}) // q is Global.Quit: a clash with the tree only
	if err := km.Conflict(); !errors.As(err, &kc) || kc.Second != "Tree.Top" {
		t.Errorf("tree clash: %v", err)
	}
	km = DefaultKeyMap()
	km.Rebind("Page.Top", []string{"enter"}) // enter is Tree.Open too, but not on the page
	km.Rebind("Page.Links", []string{"ctrl+l"})
	if err := km.Conflict(); err != nil {
		t.Errorf("keys in different panes conflict: %v", err)
	}
}

func TestValidKey(t *testing.T) {
	for _, k := range []string{"x", "?", "/", "+", "ctrl+k", "alt+left", "shift+tab", "ctrl+alt+x", "f5", "pgdown", "space", "ctrl++", "é"} {
		if err := ValidKey(k); err != nil {
			t.Errorf("%q: %v", k, err)
		}
	}
	for _, k := range []string{"", "ctrl+", "ctrl+ctrl+x", "banana", "f0", "f64", "f05", "ctl+x", " ", "xy"} {
		if ValidKey(k) == nil {
			t.Errorf("%q accepted", k)
		}
	}
}

func FuzzValidKey(f *testing.F) {
	for _, s := range []string{"x", "ctrl+k", "alt+shift+f12", "++", "ctrl++", "f1", "ctrl+"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidKey(s)
		if err == nil && (s == "" || strings.HasSuffix(s, "+") && s != "+" && !strings.HasSuffix(s, "++")) {
			t.Errorf("%q accepted", s)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("error not one line: %q", err)
		}
	})
}
