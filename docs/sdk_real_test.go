package docs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// TestRealSDKGuides checks the guides sync fetched from the real registry
// beside the real corpus. Locally a corpus synced without them skips; in CI
// (CI=true), where .ci/run syncs with them, they must be there.
func TestRealSDKGuides(t *testing.T) {
	org := corpusDir(t)
	if _, err := os.Stat(SDKDir(org)); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no SDK guides beside the real corpus: %v", err)
		}
		t.Skip("the real corpus was synced without SDK guides")
	}
	pkgs, err := SDKPackages(org)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatal("the corpus names no SDK packages")
	}
	c := loadReal(t)
	if len(c.SDKs) == 0 {
		t.Fatal("no SDK guide loaded")
	}
	for _, g := range c.SDKs {
		p := c.byPath[g.Page]
		if p == nil {
			t.Errorf("%s: no page %s", g.Package, g.Page)
			continue
		}
		if !strings.Contains(p.Markdown, "`"+g.Package+"` "+g.Version) {
			t.Errorf("%s: the page does not name the package and version", g.Page)
		}
		for _, bad := range []string{"<img", "<details", "<p align", "shields.io", "\x1b"} {
			if strings.Contains(p.Markdown, bad) {
				t.Errorf("%s shows %q", g.Page, bad)
			}
		}
		if _, err := os.Stat(filepath.Join(SDKDir(org), filepath.Base(g.Page), "LICENSE")); err != nil {
			t.Errorf("%s: licence not kept: %v", g.Package, err)
		}
	}
	// The Next.js guide documents its hooks with code; search and go-to find them.
	if _, ok := c.SDKChangelog("@workos-inc/authkit-nextjs"); ok {
		p := c.byPath["sdks/authkit-nextjs"]
		v := c.View(p, "")
		s, ok := v.Section("useaccesstoken-hook")
		end := s.End // with its subsections
		for _, sub := range v.Sections {
			if sub.Start >= s.End && sub.Start == end && sub.Level > s.Level {
				end = sub.End
			}
		}
		if !ok || !strings.Contains(v.Markdown[s.Start:end], "```") {
			t.Errorf("sdks/authkit-nextjs has no useAccessToken section with code")
		}
		if ms := c.GoTo("useAccessToken", 1); len(ms) == 0 || ms[0].Path != "sdks/authkit-nextjs" {
			t.Errorf("GoTo(useAccessToken) = %+v", ms)
		}
		for _, q := range []string{"useAccessToken", "withAuth api route"} {
			if r := c.Search(q, search.Options{Limit: 3}); len(r.Hits) == 0 || r.Hits[0].Path != "sdks/authkit-nextjs" {
				t.Errorf("Search(%q) does not put sdks/authkit-nextjs first: %+v", q, r.Hits)
			}
		}
	}
}
