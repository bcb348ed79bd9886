package docs

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOddFileNamesStayReachable: a root docs/index.mdx and a file name with
// capitals both load as pages that every spelling of their path finds, and the
// tree shows them.
func TestOddFileNamesStayReachable(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"docs/index.mdx":   "---\ntitle: Start here\n---\n\nThe front page.\n",
		"docs/Foo/Bar.mdx": "---\ntitle: Mixed case\n---\n\nA page whose file name has capitals.\n",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for spelling, title := range map[string]string{
		"index": "Start here", "/index.mdx": "Start here", "https://workos.com/docs/index": "Start here",
		"Foo/Bar": "Mixed case", "foo/bar": "Mixed case", "/Foo/Bar.mdx": "Mixed case",
	} {
		p, ok := c.Page(spelling)
		if !ok || p.Title != title {
			t.Errorf("Page(%q) = %v, %v; want the page titled %q", spelling, p, ok, title)
		}
	}
	inTree := map[string]bool{}
	var walk func([]*NavNode)
	walk = func(ns []*NavNode) {
		for _, n := range ns {
			inTree[n.Path] = true
			walk(n.Children)
		}
	}
	walk(c.Nav)
	for _, p := range c.Pages {
		if !inTree[p.Path] {
			t.Errorf("page %q is not in the tree", p.Path)
		}
	}
}
