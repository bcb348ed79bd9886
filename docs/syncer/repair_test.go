package syncer

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// damage deletes one page, edits another (same size, so only the hash can
// tell), appends to a third and adds a stray page.
func damage(t *testing.T, org string) {
	t.Helper()
	if err := os.Remove(filepath.Join(org, "docs", "widgets", "notes.md")); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(org, "docs", "index.mdx")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	copy(b[len(b)-8:], "XXXXXXX\n")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(org, "changelogs", "platform.json"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(" ")
	f.Close()
	if err := os.WriteFile(filepath.Join(org, "docs", "stray.mdx"), []byte("# Stray\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRepair: a damaged corpus is found at load (one notice) and by sync,
// which reinstalls it byte-identical, from the registry or from --from;
// an intact one is left alone unless --force.
func TestRepair(t *testing.T) {
	r := standardRegistry(t)
	src := filepath.Join(t.TempDir(), "pkg.tgz")
	if err := os.WriteFile(src, corpusTgz(t, "0.2.0"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts func(dir string) Options
	}{
		{"registry pinned", func(dir string) Options { return r.opts(dir, testPkg+"@0.2.0") }},
		{"registry tag", func(dir string) Options { return r.opts(dir, testPkg+"@latest") }},
		{"from file", func(dir string) Options { return Options{Dir: dir, From: src, Package: testPkg} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			org := filepath.Join(dir, "organized")
			if _, err := Sync(context.Background(), tc.opts(dir)); err != nil {
				t.Fatal(err)
			}
			m, err := docs.ReadManifest(org)
			if err != nil || len(m.Files) != 5 {
				t.Fatalf("manifest records %d files (%v), want 5", len(m.Files), err)
			}
			for rel, sum := range m.Files {
				if got, _ := docs.HashFile(filepath.Join(org, filepath.FromSlash(rel))); got != sum.SHA256 || len(got) != 64 {
					t.Errorf("%s: manifest sha256 %s, file %s", rel, sum.SHA256, got)
				}
			}
			want := corpusBytes(t, org)
			if c, err := docs.Load(dir); err != nil || hasDamageNotice(c) {
				t.Fatalf("intact corpus: load %v, notices %v", err, c.Notices)
			}
			// Intact: nothing to do; --force reinstalls anyway.
			if res, err := Sync(context.Background(), tc.opts(dir)); err != nil || res.Changed {
				t.Fatalf("intact re-sync = %+v, %v; want unchanged", res, err)
			}
			o := tc.opts(dir)
			o.Force = true
			if res, err := Sync(context.Background(), o); err != nil || !res.Changed || res.Repair != "--force" {
				t.Fatalf("--force = %+v, %v; want a reinstall", res, err)
			}

			damage(t, org)
			c, err := docs.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, no := range c.Notices {
				if strings.Contains(no.Message, "run `workos-docs-tui sync` to repair it") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("damaged corpus: %d repair notices, want 1: %v", n, c.Notices)
			}
			res, err := Sync(context.Background(), tc.opts(dir))
			if err != nil || !res.Changed {
				t.Fatalf("sync of a damaged corpus = %+v, %v; want a reinstall", res, err)
			}
			for _, w := range []string{"1 missing (docs/widgets/notes.md)", "changed (changelogs/platform.json, docs/index.mdx)", "1 unexpected (docs/stray.mdx)"} {
				if !strings.Contains(res.Repair, w) {
					t.Errorf("Repair %q lacks %q", res.Repair, w)
				}
			}
			if got := corpusBytes(t, org); got != want {
				t.Error("the repaired corpus differs from the first install")
			}
			if l := leftovers(t, dir); len(l) != 0 {
				t.Errorf("left behind in DIR: %q", l)
			}
		})
	}
}

func hasDamageNotice(c *docs.Corpus) bool {
	for _, n := range c.Notices {
		if strings.Contains(n.Message, "to repair it") {
			return true
		}
	}
	return false
}

// corpusBytes fingerprints every path and byte under org but the manifest
// (which records mtimes and the sync time).
func corpusBytes(t *testing.T, org string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(org, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.Name() == docs.ManifestFile {
			return err
		}
		rel, _ := filepath.Rel(org, p)
		fmt.Fprintf(h, "%s %v\n", rel, d.Type())
		if d.Type().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
