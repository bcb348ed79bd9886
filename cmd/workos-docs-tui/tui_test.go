//go:build !headless

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTUIUnknownLangIsUsageError: a --lang the corpus lacks stops before the
// screen starts, naming the languages; the error exits with status 2.
func TestTUIUnknownLangIsUsageError(t *testing.T) {
	_, err := runCmd(t, "--docs", fixtureDocs, "--lang", "klingon")
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("err %v (%T), want a usage error", err, err)
	}
	if msg := err.Error(); !strings.Contains(msg, `"klingon"`) || !strings.Contains(msg, "go") {
		t.Errorf("message %q does not name the languages", msg)
	}
}

func TestTUIBadThemeIsUsageError(t *testing.T) {
	_, err := runCmd(t, "--docs", fixtureDocs, "--theme", "neon")
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("err %v, want a usage error", err)
	}
}

// TestConfigErrorsStopTheStart: a bad config file exits 2 with one line
// naming the file, the line and the binding, before any screen starts.
func TestConfigErrorsStopTheStart(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	for name, tc := range map[string]struct{ body, want string }{
		"conflict":  {"theme: dark\nkeys:\n  Global.Quit: [\"/\"]\n", `:3: Global.Quit: key "/" is already bound to Global.Search`},
		"unknown":   {"keys:\n  Global.Nope: [\"x\"]\n", `:2: no key binding "Global.Nope"`},
		"badkey":    {"keys:\n  Global.Quit: [\"ctrl+banana\"]\n", `:2: Global.Quit: key "ctrl+banana" is not a key name`},
		"printable": {"keys:\n  List.Choose: [\"x\"]\n", `:2: List.Choose: key "x" is a printable key`},
		"stack":     {"stack: nextjs,cobol\n", `:1: unknown stack "cobol"`},
		"setting":   {"colour: red\n", `:1: unknown setting "colour"`},
	} {
		p := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(p, []byte(tc.body), 0o600); err != nil {
			t.Fatal(err)
		}
		code, stderr := runExit(t, "--docs", fixtureDocs, "--config", p)
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, p+tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and one line with %q", name, code, stderr, p+tc.want)
		}
	}
}

// TestConfigRemapApplies: a valid remapping yields a key map without conflicts
// whose Quit answers to x only.
func TestConfigRemapApplies(t *testing.T) {
	p := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(p, []byte("keys:\n  Global.Quit: [\"x\"]\n  Global.Search: [\"/\", \"ctrl+k\"]\n"), 0o600)
	_, km, err := loadConfig(p)
	if err != nil || km == nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if got := km.Global.Quit.Keys(); len(got) != 1 || got[0] != "x" || km.Global.Quit.Help().Key != "x" {
		t.Errorf("Quit keys %v help %q", got, km.Global.Quit.Help().Key)
	}
}
