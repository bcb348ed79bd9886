package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAllSettings(t *testing.T) {
	c, err := Parse("c.yaml", []byte(`theme: dark
language: go
stack: nextjs,nodejs
mouse: false
keys:
  Global.Quit: ["x"]
  Global.Search: ["/", "ctrl+k"]
  Page.Top: home
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Theme != "dark" || c.Language != "go" || c.Stack != "nextjs,nodejs" || c.Mouse == nil || *c.Mouse {
		t.Errorf("settings: %+v", c)
	}
	want := []KeyEntry{{"Global.Quit", []string{"x"}, 6}, {"Global.Search", []string{"/", "ctrl+k"}, 7}, {"Page.Top", []string{"home"}, 8}}
	if len(c.Keys) != len(want) {
		t.Fatalf("keys: %+v", c.Keys)
	}
	for i, w := range want {
		if g := c.Keys[i]; g.Name != w.Name || strings.Join(g.Keys, ",") != strings.Join(w.Keys, ",") || g.Line != w.Line {
			t.Errorf("key %d: %+v, want %+v", i, g, w)
		}
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	for name, tc := range map[string]struct{ body, want string }{
		"unknown":   {"theme: dark\ncolour: red\n", "c.yaml:2: unknown setting \"colour\""},
		"theme":     {"theme: pink\n", "c.yaml:1: theme must be"},
		"mouse":     {"mouse: maybe\n", "c.yaml:1: mouse must be true or false"},
		"keysshape": {"keys: [x]\n", "c.yaml:1: keys must map"},
		"keyitem":   {"keys:\n  Global.Quit: [[x]]\n", "c.yaml:2: Global.Quit: each key"},
		"syntax":    {"theme: [dark\n", "c.yaml:"},
		"notmap":    {"- a\n- b\n", "c.yaml:1: the file must be a mapping"},
	} {
		_, err := Parse("c.yaml", []byte(tc.body))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want one line starting %q", name, err, tc.want)
		}
	}
}

func TestEmptyAndMissingFiles(t *testing.T) {
	if _, err := Parse("c.yaml", nil); err != nil {
		t.Errorf("empty file: %v", err)
	}
	p := filepath.Join(t.TempDir(), "none.yaml")
	if _, err := Load(p, false); err != nil {
		t.Errorf("missing default file: %v", err)
	}
	if _, err := Load(p, true); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("missing --config file: %v", err)
	}
}

func TestDefaultPathFollowsXDG(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	if p, err := DefaultPath(); err != nil || p != filepath.Join(dir, App, "config.yaml") {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
	_ = os.Remove(dir)
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("theme: dark\nkeys:\n  Global.Quit: [\"x\"]\n"))
	f.Add([]byte("mouse: true\nstack: nextjs\n"))
	f.Add([]byte("keys: {a: [1, [2]]}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse("f.yaml", b)
		if err != nil && (strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "f.yaml")) {
			t.Errorf("error is not one line naming the file: %q", err)
		}
		for _, k := range c.Keys {
			if k.Line < 1 || len(k.Keys) == 0 {
				t.Errorf("key entry without a line or keys from %q: %+v", b, k)
			}
		}
	})
}
