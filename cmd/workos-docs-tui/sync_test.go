package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/syncer"
)

// syncTestTgz builds a two-page package tarball in the corpus layout.
func syncTestTgz(t *testing.T, name, version string) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, f := range [][2]string{
		{"package/package.json", `{"name":"` + name + `","version":"` + version + `"}`},
		{"package/.docs/organized/docs/index.mdx", "# Start\n\nVersion " + version + ".\n"},
		{"package/.docs/organized/docs/guide/setup.mdx", "# Setup\n\nTurn it on.\n"},
		{"package/.docs/organized/changelogs/log.json", "[]"},
	} {
		tw.WriteHeader(&tar.Header{Name: f[0], Mode: 0o644, Size: int64(len(f[1])), Typeflag: tar.TypeReg})
		tw.Write([]byte(f[1]))
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

func syncTestHash(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		b.WriteString(p + "\n")
		if !d.IsDir() {
			c, _ := os.ReadFile(p)
			b.Write(c)
		}
		return nil
	})
	return b.String()
}

func TestSyncCommandFromTarball(t *testing.T) {
	dir, src := t.TempDir(), t.TempDir()
	good := filepath.Join(src, "good.tgz")
	tgz := syncTestTgz(t, docsPkg, "1.2.3")
	os.WriteFile(good, tgz, 0o644)
	if code := run([]string{"sync", "--docs", dir, "--from", good}); code != 0 {
		t.Fatalf("sync --from good: exit %d", code)
	}
	org, err := docs.Locate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := docs.ReadManifest(org); m.Version != "1.2.3" || m.Package != docsPkg {
		t.Errorf("manifest = %+v", m)
	}
	before := syncTestHash(t, org)
	cut := filepath.Join(src, "cut.tgz")
	os.WriteFile(cut, tgz[:len(tgz)-40], 0o644)
	if code := run([]string{"sync", "--docs", dir, "--from", cut}); code != 1 {
		t.Errorf("sync --from truncated: exit %d, want 1", code)
	}
	if syncTestHash(t, org) != before {
		t.Error("a failed sync changed the corpus")
	}
	// A damaged corpus still loads, with one warning that says how to repair it;
	// sync repairs it.
	if err := os.Remove(filepath.Join(org, "docs", "guide", "setup.mdx")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runRaw(t, "tree", "--docs", dir)
	if code != 0 || strings.Count(string(stderr), "\n") != 1 || !strings.Contains(string(stderr), "1 missing (docs/guide/setup.mdx); run `workos-docs-tui sync` to repair it") {
		t.Errorf("tree on a damaged corpus: exit %d, stderr %q", code, stderr)
	}
	if code := run([]string{"sync", "--docs", dir, "--from", good}); code != 0 {
		t.Errorf("sync --from of a damaged corpus: exit %d", code)
	}
	if b, err := os.ReadFile(filepath.Join(org, "docs", "guide", "setup.mdx")); err != nil || string(b) != "# Setup\n\nTurn it on.\n" {
		t.Errorf("sync --from did not restore the deleted page: %q, %v", b, err)
	}
	before = syncTestHash(t, org) // the manifest now records the new install
	// A docs tarball of another package is refused; its name is never recorded.
	other := filepath.Join(src, "other.tgz")
	os.WriteFile(other, syncTestTgz(t, "@acme/other-docs", "9.0.0"), 0o644)
	code, _, stderr = runRaw(t, "sync", "--docs", dir, "--from", other)
	if code != 1 || !strings.Contains(string(stderr), `the tarball is package "@acme/other-docs", not `+docsPkg) {
		t.Errorf("sync --from another package: exit %d, %s", code, stderr)
	}
	if syncTestHash(t, org) != before {
		t.Error("a refused tarball changed the corpus")
	}
}

// docsPkg is the default package's name.
var docsPkg = strings.TrimSuffix(syncer.DefaultPackage, "@latest")

func TestSyncCommandUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"sync", "--docs", dir, "extra"},
		{"sync", "--docs", dir, "--from", "x.tgz", "--package", "a@1.0.0"},
		{"sync", "--docs", dir, "--no-such-flag"},
		{"sync", "--docs", dir, "--package", "@workos/mcp-docs-server@^^0.2"},
		{"sync", "--docs", dir, "--package", "Not A Package"},
		{"sync", "--docs", dir, "--package", ""},
	} {
		if code := run(args); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestSyncCommandDefaultPackage runs the default spec against a registry
// named by WORKOS_DOCS_REGISTRY, as a user's mirror would be.
func TestSyncCommandDefaultPackage(t *testing.T) {
	name := strings.TrimSuffix(syncer.DefaultPackage, "@latest")
	tgz := syncTestTgz(t, name, "0.9.0")
	sum := sha512.Sum512(tgz)
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/t.tgz" {
			w.Write(tgz)
			return
		}
		if r.URL.EscapedPath() != "/"+strings.Replace(name, "/", "%2f", 1) {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{
			"name":      name,
			"dist-tags": map[string]string{"latest": "0.9.0"},
			"versions": map[string]any{"0.9.0": map[string]any{"version": "0.9.0", "dist": map[string]string{
				"tarball": srv.URL + "/t.tgz", "integrity": "sha512-" + base64.StdEncoding.EncodeToString(sum[:])}}},
		})
	}))
	defer srv.Close()
	t.Setenv("WORKOS_DOCS_REGISTRY", srv.URL)
	dir := t.TempDir()
	t.Setenv("WORKOS_DOCS_DIR", dir) // no --docs: the environment names the target
	if code := run([]string{"sync"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if m, _ := docs.ReadManifest(filepath.Join(dir, "organized")); m.Version != "0.9.0" || m.Package != name {
		t.Errorf("manifest = %+v", m)
	}
}

func TestRunSyncOutput(t *testing.T) {
	src := filepath.Join(t.TempDir(), "p.tgz")
	os.WriteFile(src, syncTestTgz(t, docsPkg, "2.0.0"), 0o644)
	dir := t.TempDir()

	var quiet bytes.Buffer
	if err := runSync(context.Background(), syncer.Options{Dir: dir, From: src}, &quiet, false); err != nil {
		t.Fatal(err)
	}
	want := "synced " + docsPkg + " 2.0.0 (2 pages) into " + dir + "\n"
	if quiet.String() != want {
		t.Errorf("not a terminal: %q, want only %q", quiet.String(), want)
	}

	var tty bytes.Buffer
	os.RemoveAll(filepath.Join(dir, "organized"))
	if err := runSync(context.Background(), syncer.Options{Dir: dir, From: src}, &tty, true); err != nil {
		t.Fatal(err)
	}
	if out := tty.String(); !strings.Contains(out, "\r\x1b[Kextracting") || !strings.HasSuffix(out, "\r\x1b[K"+want) {
		t.Errorf("terminal: %q; want \\r progress lines, cleared, then %q", out, want)
	}

	var again bytes.Buffer
	runSync(context.Background(), syncer.Options{Dir: dir, From: src}, &again, false)
	if !strings.HasPrefix(again.String(), "already at "+docsPkg+" 2.0.0 (2 pages)") {
		t.Errorf("re-sync: %q", again.String())
	}
}
