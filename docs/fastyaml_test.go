package docs

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// slowYAML is the reference: yaml.v3's top node, or ok false when yaml.v3
// fails or the document is not a mapping.
func slowYAML(src string) (top *yaml.Node, ok bool) {
	var doc yaml.Node
	defer func() {
		if recover() != nil {
			top, ok = nil, false
		}
	}()
	if yaml.Unmarshal([]byte(src), &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, false
	}
	return doc.Content[0], true
}

// sameNode compares what the loader and apiref read of a node.
func sameNode(a, b *yaml.Node, where string) error {
	if a == nil || b == nil {
		if a != b {
			return fmt.Errorf("%s: one node is nil", where)
		}
		return nil
	}
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value || len(a.Content) != len(b.Content) {
		return fmt.Errorf("%s: got kind %d style %d tag %s value %q (%d children), yaml.v3 has kind %d style %d tag %s value %q (%d children)",
			where, a.Kind, a.Style, a.Tag, a.Value, len(a.Content), b.Kind, b.Style, b.Tag, b.Value, len(b.Content))
	}
	for i := range a.Content {
		if err := sameNode(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", where, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkFast: whenever fastYAML accepts a document, yaml.v3 reads the same tree.
func checkFast(t *testing.T, src string) bool {
	t.Helper()
	fast, ok := fastYAML(src)
	if !ok {
		return false
	}
	slow, slowOK := slowYAML(src)
	if !slowOK {
		t.Fatalf("fastYAML accepted what yaml.v3 rejects: %q", src)
	}
	if err := sameNode(fast, slow, ""); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return true
}

func TestFastYAMLSubset(t *testing.T) {
	for _, tc := range []struct {
		src    string
		accept bool
	}{
		{"title: Hello\ndescription: A page.\n", true},
		{"title: 'It''s'\nempty:\nnull: ~\nflag: true\ncount: 12\nver: 1.2.3\n", true},
		{"title: \"quoted\"\nurl: https://example.com/a#b\n", true},
		{"description:\n  First line\n  second line\n\n  after a gap\ntitle: x\n", true},
		{"a: one\n  two\n  three\nb: c\n", true},
		{"links:\n  - title: A\n    url: /a\n    links:\n      - title: B\n  - title: C\n", true},
		{"links:\n- title: A\n- plain\n-\n- 'q'\nnext: 1\n", true},
		{"fold: >-\n  one\n  two\n\n  three\n\nlit: |\n  a\n    b\n\n  c\nclip: >\n  x\nend: 1\n", true},
		{"empty: |\nnext: 1\n", true},
		{"ref:\n  go:\n    - key: x\n      parameters:\n        - (ctx)\n        - key: opts\n          description: >-\n            A long\n            text.\n", true},
		{"list:\n  -\n    a: 1\n  - - nested\n", false},
		{"a: 1\na: 2\n", false},
		{"a: &x 1\nb: *x\n", false},
		{"a: [1, 2]\n", false},
		{"a: []\nb: {}\nc:\n  - []\n", true},
		{"n: 12\nv: 1.2.3\nh: 0x1F\nt: 2024-01-02\ne: 1e3\nw: 2fa\nd: 1_000\ni: .inf\np: +5\n", true},
		{"a: b # comment\n", false},
		{"# comment\na: b\n", false},
		{"a:\tb\n", false},
		{"a: \"esc\\n\"\n", false},
		{"a: 'multi\n  line'\n", false},
		{"a: |2\n   x\n", false},
		{"a: |+\n  x\n\n", false},
		{"- a\n- b\n", false},
		{"a: b: c\n", false},
		{"a: 1\n   - x\n", false},
		{"  a: 1\n", false},
		{"<<: x\n", false},
	} {
		got := checkFast(t, tc.src)
		if got != tc.accept {
			t.Errorf("fastYAML(%q) accepted=%v, want %v", tc.src, got, tc.accept)
		}
	}
}

// TestFastYAMLRealCorpus: every frontmatter of the real corpus takes the fast
// path and reads exactly as yaml.v3 reads it.
func TestFastYAMLRealCorpus(t *testing.T) {
	root := filepath.Join(corpusDir(t), "docs")
	n, fallback := 0, 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text, _ := cleanText(b)
		front, _, _, _ := splitFrontmatter(text)
		if strings.TrimSpace(front) == "" {
			return nil
		}
		n++
		if !checkFast(t, front) {
			fallback++
			t.Logf("falls back to yaml.v3: %s", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d frontmatter blocks, %d on the slow path", n, fallback)
	if fallback*20 > n {
		t.Errorf("%d of %d frontmatter blocks fall back to yaml.v3", fallback, n)
	}
}

// FuzzFastYAML: the fast path never disagrees with yaml.v3.
func FuzzFastYAML(f *testing.F) {
	for _, s := range []string{
		"title: Hello\n",
		"a:\n  - b: c\n    d: >-\n      e\n      f\n  -\n  - g\n",
		"a: |\n  x\n\n   y\nb: 'z'''\n",
		"a:\n  x\n\n  y\n",
		"k: 0x1F\nt: 2024-01-02 10:00:00\nn: -1\nf: .5\ne: 1E-3\nz: 0o17\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFast(t, s)
	})
}
