package docs

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests run as root, for whom file permissions do not apply, so unreadable
// folders are simulated by swapping lstat and walkDir.

func TestUnreadableCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	orig := lstat
	t.Cleanup(func() { lstat = orig })
	lstat = func(name string) (os.FileInfo, error) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrPermission}
	}
	_, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), "permission denied") || strings.Contains(err.Error(), ErrNoCorpus.Error()) {
		t.Errorf("Load of an unreadable folder: %v; want a permission error, not %q", err, ErrNoCorpus)
	}
}

func TestUnreadableAreaFolder(t *testing.T) {
	orig := walkDir
	t.Cleanup(func() { walkDir = orig })
	walkDir = func(root string, fn fs.WalkDirFunc) error {
		return orig(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && d.Name() == "relay" {
				// What WalkDir does when ReadDir fails: a second call with the error.
				return fn(p, d, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission})
			}
			return fn(p, d, err)
		})
	}
	c, err := Load("testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range c.Notices {
		if n.File == "docs/relay" && strings.Contains(n.Message, "permission denied") && strings.Contains(n.Message, "pages are missing") {
			found = true
		}
	}
	if !found {
		t.Errorf("no notice for the unreadable docs/relay: %v", c.Notices)
	}
	if _, ok := c.Page("relay/retries"); ok {
		t.Error("a page of the unreadable folder was loaded")
	}
}

func TestEmptyOrLinkedDocsFolder(t *testing.T) {
	empty := t.TempDir()
	if err := os.MkdirAll(filepath.Join(empty, "organized", "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(empty); err == nil || !strings.Contains(err.Error(), "holds no pages") {
		t.Errorf("empty docs/: %v, want an error", err)
	}
	linked := t.TempDir()
	abs, _ := filepath.Abs("testdata/corpus/docs")
	if err := os.MkdirAll(filepath.Join(linked, "organized"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(abs, filepath.Join(linked, "organized", "docs")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if _, err := Load(linked); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("symlinked docs/: %v, want an error", err)
	}
}
