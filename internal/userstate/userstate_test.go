package userstate

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	s := Store{Path: filepath.Join(t.TempDir(), "deep", "state.json")}
	want := State{Page: "sso/login-flows", Top: 30, Width: 112, Lang: "go", Stack: "nextjs,nodejs",
		Open: []string{"Authentication"}, Bookmarks: []Bookmark{{Path: "sso", Anchor: "testing"}},
		Recent: []string{"sso"}, Queries: []string{"saml"}}
	if err := s.Save(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	want.Version = version
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path), ".state-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestMissingFileIsEmptyState(t *testing.T) {
	st, err := Store{Path: filepath.Join(t.TempDir(), "none.json")}.Load()
	if err != nil || !reflect.DeepEqual(st, State{}) {
		t.Errorf("missing file: %+v, %v", st, err)
	}
}

func TestCorruptFileIsAnErrorAndEmptyState(t *testing.T) {
	for name, body := range map[string]string{
		"garbage":   "{not json",
		"truncated": `{"version":1,"page":"sso`,
		"version":   `{"version":99,"page":"sso"}`,
		"wrongtype": `{"version":1,"top":"ten"}`,
	} {
		p := filepath.Join(t.TempDir(), "state.json")
		os.WriteFile(p, []byte(body), 0o600)
		st, err := Store{Path: p}.Load()
		if err == nil || !reflect.DeepEqual(st, State{}) {
			t.Errorf("%s: %+v, %v", name, st, err)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line: %q", name, err)
		}
	}
}

func TestUnwritableFolderIsAnError(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, nil, 0o600)
	err := Store{Path: filepath.Join(blocker, "state.json")}.Save(State{Page: "sso"})
	if err == nil {
		t.Fatal("saving under a file succeeded")
	}
}

func TestDefaultPathFollowsXDG(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	p, err := DefaultPath()
	if err != nil || p != filepath.Join(dir, App, "state.json") {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
}
