package syncer

import (
	"archive/tar"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// sdkDocsEntries is the fixture docs package with three SDK pages: gizmo
// (a good package), spinner (a hostile one) and ghost (not on the registry).
func sdkDocsEntries(version string) []entry {
	return append(corpusEntries(testPkg, version),
		entry{name: "package/.docs/organized/docs/sdks/gizmo.mdx", body: "## Installation\n\n```bash\nnpm install @acme/gizmo\n```\n"},
		entry{name: "package/.docs/organized/docs/sdks/spinner.mdx", body: "## Installation\n\n```bash\nnpm i @acme/spinner\n```\n"},
		entry{name: "package/.docs/organized/docs/sdks/ghost.mdx", body: "## Installation\n\n```bash\nyarn add @acme/ghost\n```\n"},
	)
}

func sdkEntries(name, version, readme string) []entry {
	return []entry{
		{name: "package/package.json", body: `{"name":"` + name + `","version":"` + version + `","repository":{"type":"git","url":"git+https://github.com/acme/gizmo.git"}}`},
		{name: "package/README.md", body: readme},
		{name: "package/LICENSE", body: "MIT, in our own words"},
		{name: "package/CHANGELOG.md", body: "# Changelog\n\n## " + version + "\n\n- Spins faster.\n"},
		{name: "package/dist/index.js", body: "module.exports = {}"},
	}
}

// sdkRegistry serves the docs package and the SDK packages from one base URL.
type sdkRegistry struct {
	srv  *httptest.Server
	regs map[string]*registry
}

func newSDKRegistry(t *testing.T) *sdkRegistry {
	r := &sdkRegistry{regs: map[string]*registry{}}
	docsReg := newRegistry(t, testPkg)
	docsReg.add("0.2.0", release{tgz: makeTgz(t, sdkDocsEntries("0.2.0"))})
	docsReg.tags["latest"] = "0.2.0"
	r.regs[testPkg] = docsReg
	gizmo := newRegistry(t, "@acme/gizmo")
	gizmo.add("1.4.0", release{tgz: makeTgz(t, sdkEntries("@acme/gizmo", "1.4.0", "# Gizmo\n\n## `useGizmo()`\n\n```ts\nuseGizmo()\n```\n"))})
	gizmo.tags["latest"] = "1.4.0"
	r.regs["@acme/gizmo"] = gizmo
	spinner := newRegistry(t, "@acme/spinner")
	spinner.add("0.1.0", release{tgz: makeTgz(t, append(sdkEntries("@acme/spinner", "0.1.0", "# Spinner\x1b]52;c;aGk=\x07\n"),
		entry{name: "package/../../escape.txt", body: "out"}))})
	spinner.tags["latest"] = "0.1.0"
	r.regs["@acme/spinner"] = spinner
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		for name, reg := range r.regs {
			if req.URL.EscapedPath() == "/"+strings.Replace(name, "/", "%2f", 1) {
				reg.serve(w, req)
				return
			}
		}
		http.NotFound(w, req)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *sdkRegistry) opts(dir string) Options {
	return Options{Dir: dir, Package: testPkg, Registry: r.srv.URL, Timeout: 5 * time.Second}
}

func TestSyncSDKGuides(t *testing.T) {
	reg := newSDKRegistry(t)
	dir := t.TempDir()
	res, err := Sync(context.Background(), reg.opts(dir))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || res.Version != "0.2.0" {
		t.Fatalf("docs: %+v", res)
	}
	byPkg := map[string]SDKResult{}
	for _, r := range res.SDKs {
		byPkg[r.Package] = r
	}
	if r := byPkg["@acme/gizmo"]; r.Err != nil || !r.Changed || r.Version != "1.4.0" {
		t.Errorf("gizmo: %+v", r)
	}
	if r := byPkg["@acme/spinner"]; r.Err == nil || !strings.Contains(r.Err.Error(), "'..'") {
		t.Errorf("spinner (hostile) must be refused: %+v", r)
	}
	if r := byPkg["@acme/ghost"]; r.Err == nil || !strings.Contains(r.Err.Error(), "not found") {
		t.Errorf("ghost (missing) must be skipped: %+v", r)
	}
	// The good package is installed; the docs and nothing else.
	gizmo := filepath.Join(dir, "sdks", "gizmo")
	m, err := docs.ReadSDKManifest(gizmo)
	if err != nil || m.Version != "1.4.0" || m.Repository != "https://github.com/acme/gizmo" || m.Page != "sdks/gizmo" || len(m.Files) != 3 {
		t.Fatalf("manifest %+v, %v", m, err)
	}
	for _, f := range []string{"README.md", "LICENSE", "CHANGELOG.md"} {
		if _, err := os.Stat(filepath.Join(gizmo, f)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(gizmo, "dist")); !os.IsNotExist(err) {
		t.Error("code of the SDK package was extracted")
	}
	ents, _ := os.ReadDir(filepath.Join(dir, "sdks"))
	if len(ents) != 1 {
		t.Errorf("sdks/ holds %d folders, want gizmo only", len(ents))
	}
	if got := leftovers(t, dir); len(got) != 1 || got[0] != "sdks" {
		t.Errorf("leftovers %v", got)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "escape.txt")); !os.IsNotExist(err) {
		t.Error("a hostile entry escaped")
	}

	// The guide loads as part of its page.
	c, err := docs.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := c.Page("sdks/gizmo"); p == nil || !strings.Contains(p.Markdown, "`@acme/gizmo` 1.4.0") || !strings.Contains(p.Markdown, "useGizmo()") {
		t.Fatalf("page: %+v", p)
	}
	if g, ok := c.SDKChangelog("@acme/gizmo"); !ok || !strings.Contains(g.Changelog, "Spins faster.") {
		t.Errorf("changelog: %+v", g)
	}

	// Again: nothing downloaded.
	before := reg.regs["@acme/gizmo"].tarReqs.Load()
	res, err = Sync(context.Background(), reg.opts(dir))
	if err != nil {
		t.Fatal(err)
	}
	if n := reg.regs["@acme/gizmo"].tarReqs.Load(); n != before {
		t.Errorf("re-sync downloaded gizmo again (%d → %d)", before, n)
	}
	// A damaged guide is restored by the next sync.
	readme := filepath.Join(gizmo, "README.md")
	want := readFile(t, readme)
	os.WriteFile(readme, []byte("edited"), 0o644)
	if _, err := Sync(context.Background(), reg.opts(dir)); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, readme); got != want {
		t.Errorf("damaged README not restored: %q", got)
	}
}

func TestSyncNoSDKsIsTheDocsAlone(t *testing.T) {
	reg := newSDKRegistry(t)
	a, b := t.TempDir(), t.TempDir()
	o := reg.opts(a)
	o.NoSDKs = true
	res, err := Sync(context.Background(), o)
	if err != nil || len(res.SDKs) != 0 {
		t.Fatalf("%+v %v", res, err)
	}
	if _, err := os.Stat(filepath.Join(a, "sdks")); !os.IsNotExist(err) {
		t.Error("--no-sdks made an sdks folder")
	}
	if _, err := Sync(context.Background(), reg.opts(b)); err != nil {
		t.Fatal(err)
	}
	// The docs tree is the same whether SDK guides come along or not
	// (the manifest records the sync time, so compare the pages).
	if treeHash(t, filepath.Join(a, "organized", "docs")) != treeHash(t, filepath.Join(b, "organized", "docs")) {
		t.Error("SDK guides changed the docs corpus")
	}
}

func TestSyncSDKTarballsOffline(t *testing.T) {
	dir := t.TempDir()
	docsTgz := writeTemp(t, makeTgz(t, sdkDocsEntries("0.2.0")))
	gizmoTgz := writeTemp(t, makeTgz(t, sdkEntries("@acme/gizmo", "1.4.0", "# Gizmo\n\nOffline.\n")))
	otherTgz := writeTemp(t, makeTgz(t, sdkEntries("@acme/unrelated", "1.0.0", "# Other\n")))

	// SDK tarballs before any docs: refused, nothing made.
	if _, err := Sync(context.Background(), Options{Dir: dir, SDKTarballs: []string{gizmoTgz}}); err == nil {
		t.Fatal("SDK tarballs with no corpus installed must fail")
	}
	// The docs from a file ask no registry for SDKs (Registry points nowhere).
	res, err := Sync(context.Background(), Options{Dir: dir, Package: testPkg, From: docsTgz, Registry: "http://127.0.0.1:1"})
	if err != nil || len(res.SDKs) != 0 {
		t.Fatalf("%+v %v", res, err)
	}
	res, err = Sync(context.Background(), Options{Dir: dir, SDKTarballs: []string{gizmoTgz, otherTgz}, Registry: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.SDKs) != 2 || res.SDKs[0].Err != nil || !res.SDKs[0].Changed || res.SDKs[1].Err == nil {
		t.Fatalf("SDK tarballs: %+v", res.SDKs)
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "sdks", "gizmo", "README.md")), "Offline.") {
		t.Error("gizmo README not installed")
	}
	for _, r := range []string{"docs"} {
		if _, err := os.Stat(filepath.Join(dir, "organized", r)); err != nil {
			t.Error(err)
		}
	}
}

func TestTarballPackage(t *testing.T) {
	name, isDocs, err := TarballPackage(writeTemp(t, makeTgz(t, sdkDocsEntries("0.2.0"))))
	if err != nil || name != testPkg || !isDocs {
		t.Errorf("docs tarball: %q %v %v", name, isDocs, err)
	}
	name, isDocs, err = TarballPackage(writeTemp(t, makeTgz(t, sdkEntries("@acme/gizmo", "1.0.0", "x"))))
	if err != nil || name != "@acme/gizmo" || isDocs {
		t.Errorf("SDK tarball: %q %v %v", name, isDocs, err)
	}
	if _, _, err := TarballPackage(writeTemp(t, makeTgz(t, []entry{{name: "/abs", typ: tar.TypeReg}}))); err == nil {
		t.Error("an unsafe tarball must be refused")
	}
}

func writeTemp(t *testing.T, b []byte) string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "*.tgz")
	if err != nil {
		t.Fatal(err)
	}
	f.Write(b)
	f.Close()
	return f.Name()
}
