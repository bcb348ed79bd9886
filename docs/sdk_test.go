package docs

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// writeTree writes files (slash paths → text) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sdkCorpus is a sync target with two SDK pages, one of which names its
// package only on another page, and a third installed with pip.
func sdkCorpus(t *testing.T) string {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"organized/docs/index.mdx":          "---\ntitle: Home\n---\n\nStart with `npm install --save @acme/spinner` for the server.\n",
		"organized/docs/sdks/gizmo-web.mdx": "## Installation\n\n```bash\nnpm install @acme/gizmo-web\n```\n\n## Usage\n\nSee the guides.\n",
		"organized/docs/sdks/spinner.mdx":   "## Installation\n\n<CodeBlock title=\"npm\" file=\"install-spinner\" />\n",
		"organized/docs/sdks/snake.mdx":     "## Installation\n\n```bash\npip install acme-snake\n```\n",
	})
	return dir
}

func TestSDKPackages(t *testing.T) {
	got, err := SDKPackages(sdkCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []SDKPackage{
		{Page: "sdks/gizmo-web", Package: "@acme/gizmo-web"}, // its own install command
		{Page: "sdks/spinner", Package: "@acme/spinner"},     // named elsewhere, matched by slug
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("SDKPackages = %+v, want %+v", got, want)
	}
}

func writeGuide(t *testing.T, dir, slug string, m SDKManifest, readme string) {
	t.Helper()
	b, _ := json.Marshal(m)
	writeTree(t, dir, map[string]string{
		"sdks/" + slug + "/" + SDKManifestFile: string(b),
		"sdks/" + slug + "/README.md":          readme,
	})
}

func TestSDKGuideBecomesPageSections(t *testing.T) {
	dir := sdkCorpus(t)
	writeGuide(t, dir, "gizmo-web", SDKManifest{Package: "@acme/gizmo-web", Version: "2.1.0", Page: "sdks/gizmo-web",
		Repository: "https://github.com/acme/gizmo-web"},
		"# Gizmo Web\n\n![badge](https://img.shields.io/x)\n\n## Installation\n\nRun it.\n\n"+
			"## `useGizmo()`\n\nCall `useGizmo()` in a component. Also `spinOnce()` and `plain`. See [setup](./SETUP.md).\n\n"+
			"```tsx\nimport { useGizmo, GizmoProvider as Provider } from '@acme/gizmo-web/react';\nimport { useState } from 'react';\nconst g = useGizmo();\n```\n\n<details><summary>More</summary>\n\nHidden \x1b]0;pwned\x07text.\n</details>\n")
	// A guide whose page is gone, and a damaged manifest: notices, never a failed load.
	writeGuide(t, dir, "old-sdk", SDKManifest{Package: "@acme/old", Version: "1.0.0", Page: "sdks/old-sdk"}, "# Old\n")
	writeTree(t, dir, map[string]string{"sdks/broken/" + SDKManifestFile: "{not json"})

	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := mustPage(t, c, "sdks/gizmo-web")
	md := p.Markdown
	for _, want := range []string{
		"npm install @acme/gizmo-web", "See the guides.", // the stub's own text stays first
		"## Gizmo Web\n", "`@acme/gizmo-web` 2.1.0",
		"### `useGizmo()`", "const g = useGizmo();\n```",
		"[setup](https://github.com/acme/gizmo-web/blob/HEAD/SETUP.md)", "**More**", "Hidden text.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("page lacks %q:\n%s", want, md)
		}
	}
	if strings.Index(md, "See the guides.") > strings.Index(md, "## Gizmo Web") {
		t.Error("the README comes before the page's own text")
	}
	for _, bad := range []string{"shields.io", "<details", "\x1b", "pwned\x07"} {
		if strings.Contains(md, bad) {
			t.Errorf("page keeps %q", bad)
		}
	}
	// Sections index the new Markdown, anchors unique across stub and README.
	anchors := map[string]bool{}
	var hook *Section
	for i, s := range p.Sections {
		if s.Anchor != "" && anchors[s.Anchor] {
			t.Errorf("anchor %q twice", s.Anchor)
		}
		anchors[s.Anchor] = true
		if s.End > len(md) || s.Start > s.End {
			t.Fatalf("section %q spans %d–%d of %d bytes", s.Heading, s.Start, s.End, len(md))
		}
		if s.Heading == "useGizmo()" {
			hook = &p.Sections[i]
		}
	}
	if hook == nil || !strings.Contains(md[hook.Start:hook.End], "const g = useGizmo();") {
		t.Fatalf("no useGizmo() section holding its code; sections %+v", p.Sections)
	}
	if !anchors["installation"] || !anchors["installation-1"] {
		t.Errorf("the README's Installation must not take the stub's anchor: %v", anchors)
	}
	// Helper names become symbols: the go-to finds them.
	if strings.Join(p.Symbols, " ") != "useGizmo spinOnce GizmoProvider" {
		t.Errorf("symbols = %v", p.Symbols)
	}
	if ms := c.GoTo("useGizmo", 3); len(ms) == 0 || ms[0].Path != "sdks/gizmo-web" {
		t.Errorf("GoTo(useGizmo) = %+v", ms)
	}
	if r := c.Search("spinOnce", search.Options{}); len(r.Hits) == 0 || r.Hits[0].Path != "sdks/gizmo-web" {
		t.Errorf("Search(spinOnce) = %+v", r.Hits)
	}
	g, ok := c.SDKChangelog("@acme/gizmo-web")
	if !ok || g.Changelog != "" || g.Version != "2.1.0" {
		t.Errorf("SDKChangelog = %+v, %v: synced, no changelog shipped", g, ok)
	}
	var notes []string
	for _, n := range c.Notices {
		if strings.HasPrefix(n.File, "sdks/") {
			notes = append(notes, n.File)
		}
	}
	if strings.Join(notes, " ") != "sdks/broken sdks/old-sdk" {
		t.Errorf("notices for bad guides: %v", notes)
	}
}

func TestNoGuidesLoadsAsBefore(t *testing.T) {
	dir := sdkCorpus(t)
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if p := mustPage(t, c, "sdks/gizmo-web"); strings.Contains(p.Markdown, "README") || len(p.Symbols) > 0 || len(c.SDKs) > 0 {
		t.Errorf("a corpus without guides changed: %q %v", p.Markdown, p.Symbols)
	}
}

// A snapshot written before the SDK guides arrived must not hide them.
func TestSnapshotSeesNewSDKGuides(t *testing.T) {
	dir := sdkCorpus(t)
	writeTree(t, dir, map[string]string{"organized/" + ManifestFile: `{"package":"@acme/docs","version":"1.0.0"}`})
	for range 2 { // the second Open reads the snapshot the first wrote
		c, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.SDKs) != 0 {
			t.Fatal("guides before any were synced")
		}
	}
	writeGuide(t, dir, "gizmo-web", SDKManifest{Package: "@acme/gizmo-web", Version: "2.1.0", Page: "sdks/gizmo-web"}, "# Gizmo Web\n\nFresh text.\n")
	c, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if p := mustPage(t, c, "sdks/gizmo-web"); !strings.Contains(p.Markdown, "Fresh text.") {
		t.Error("a stale snapshot hid the new SDK guide")
	}
}

// Links to the area the site renamed (User Management → AuthKit) resolve to
// the page it became, as the site's redirects do.
func TestResolveMovedArea(t *testing.T) {
	imp := &Page{Path: "authkit/impersonation"}
	get := &Page{Path: "reference/authkit/user/get"}
	c := &Corpus{byPath: map[string]*Page{imp.Path: imp, get.Path: get}}
	for addr, want := range map[string]*Page{
		"user-management/impersonation":       imp,
		"user-management/impersonation#steps": imp,
		"reference/user-management/user/get":  get,
		"user-management/no-such-page":        nil,
		"management/impersonation":            nil,
	} {
		p, _, ok := c.Resolve(addr)
		if p != want || ok != (want != nil) {
			t.Errorf("Resolve(%q) = %v, %v", addr, p, ok)
		}
	}
}
