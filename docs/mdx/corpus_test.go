package mdx

import (
	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// corpusPage is one page body of the real corpus, frontmatter removed.
type corpusPage struct {
	path, body string
}

// realCorpus loads every page under $WORKOS_DOCS_DIR (an organized folder or
// the folder above it), skipping the test when it is not set.
func realCorpus(tb testing.TB) []corpusPage {
	tb.Helper()
	root := testcorpus.DocsFolder(tb)
	var pages []corpusPage
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasSuffix(p, ".mdx") && !strings.HasSuffix(p, ".md") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		pages = append(pages, corpusPage{path: rel, body: stripFrontmatter(string(b))})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(pages) == 0 {
		tb.Fatalf("no pages under %s", root)
	}
	return pages
}

// stripFrontmatter removes a leading "---" … "---" block.
func stripFrontmatter(s string) string {
	if !strings.HasPrefix(s, "---\n") {
		return s
	}
	rest := s[4:]
	for off := 0; ; {
		i := strings.Index(rest[off:], "\n---")
		if i < 0 {
			return s
		}
		end := off + i + 4
		if end == len(rest) || rest[end] == '\n' {
			if end == len(rest) {
				return ""
			}
			return rest[end+1:]
		}
		off = end
	}
}

// rawTags lists component tags left in Markdown: a '<' followed by an upper
// case letter (optionally after '/') that is outside fences and inline code
// and not escaped. Generic types are escaped by the transform, so they pass.
func rawTags(md string) []string {
	var found []string
	var fc byte
	fn := 0
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimLeft(line, " ")
		for strings.HasPrefix(t, ">") { // fences inside Callout quotes
			t = strings.TrimLeft(t[1:], " ")
		}
		if c, n := fenceRun(t); n > 0 && (fn == 0 || (c == fc && n >= fn && strings.TrimSpace(t[n:]) == "")) {
			if fn == 0 {
				fc, fn = c, n
			} else {
				fn = 0
			}
			continue
		}
		if fn > 0 {
			continue
		}
		inCode := 0 // length of the open backtick run
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c == '\\':
				i++
			case c == '`':
				n := 1
				for i+n < len(line) && line[i+n] == '`' {
					n++
				}
				if inCode == 0 {
					inCode = n
				} else if inCode == n {
					inCode = 0
				}
				i += n - 1
			case c == '<' && inCode == 0:
				j := i + 1
				if j < len(line) && line[j] == '/' {
					j++
				}
				if j < len(line) && line[j] >= 'A' && line[j] <= 'Z' {
					found = append(found, line[i:min(len(line), i+40)])
				}
			}
		}
	}
	return found
}

func TestRealCorpus(t *testing.T) {
	pages := realCorpus(t)
	env := testEnv{sigs: map[string]string{}}
	for _, p := range pages {
		r := ToMarkdown(p.body, env)
		if raw := rawTags(r.Markdown); len(raw) > 0 {
			t.Errorf("%s: raw component tags left: %q", p.path, raw)
		}
		for _, line := range strings.Split(r.Markdown, "\n") {
			if strings.HasPrefix(line, "#") && strings.Contains(line, "{{") && strings.HasSuffix(line, "}}") {
				t.Errorf("%s: heading attributes left: %q", p.path, line)
			}
		}
		checkHeadings(t, p.path, r)
		for _, n := range r.Notices {
			if strings.Contains(n, "internal") || strings.Contains(n, "unclosed") || strings.Contains(n, "stray") || strings.Contains(n, "malformed") {
				t.Errorf("%s: unexpected notice %q", p.path, n)
			}
		}
	}
}

// checkHeadings asserts every Heading points at a line starting with '#'
// whose anchors are unique in the page.
func checkHeadings(t testing.TB, name string, r Result) {
	t.Helper()
	seen := map[string]bool{}
	for _, h := range r.Headings {
		if h.Offset < 0 || h.Offset >= len(r.Markdown) || r.Markdown[h.Offset] != '#' ||
			(h.Offset > 0 && r.Markdown[h.Offset-1] != '\n') {
			t.Errorf("%s: heading %q offset %d does not start a '#' line", name, h.Text, h.Offset)
			continue
		}
		if seen[h.Anchor] {
			t.Errorf("%s: duplicate anchor %q", name, h.Anchor)
		}
		seen[h.Anchor] = true
		if strings.IndexByte(r.Markdown, 0) >= 0 {
			t.Errorf("%s: NUL marker left in output", name)
		}
	}
}

func BenchmarkRealCorpus(b *testing.B) {
	pages := realCorpus(b)
	env := testEnv{}
	size := 0
	for _, p := range pages {
		size += len(p.body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		for _, p := range pages {
			ToMarkdown(p.body, env)
		}
	}
	b.ReportMetric(float64(cputime.Process()-c0)/float64(b.N), "cpu-ns/op")
}
