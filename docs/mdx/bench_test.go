package mdx

import (
	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
	"strings"
	"testing"
)

// BenchmarkSynthetic runs offline on a page built from the fixture families.
func BenchmarkSynthetic(b *testing.B) {
	page := strings.Repeat("## Part {{ \"url\": \"part\" }}\n\nSome [link](/a/b) and `code` with Task<List<Item>>.\n\n"+
		"<Event.Root>\n  <Event.Details name=\"thing.done\">\n    <CodeBlock title=\"T\" file=\"t\" />\n  </Event.Details>\n"+
		"  <Event.Description>Done.</Event.Description>\n</Event.Root>\n\n"+
		"<Callout type=\"info\">\n  A note with <strong>bold</strong>.\n</Callout>\n\n```js title=\"x\"\nlet a = 1\n```\n\n", 200)
	benchPage(b, page)
}

// BenchmarkJunk guards against quadratic scans on openers without closers.
func BenchmarkJunk(b *testing.B) {
	benchPage(b, strings.Repeat("[a <b c ![d { <!-- ", 20000))
}

func benchPage(b *testing.B, page string) {
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		ToMarkdown(page, testEnv{})
	}
}

// BenchmarkForTerminal is the terminal pass over every real page at 80
// columns (what the explorer adds to each render).
func BenchmarkForTerminal(b *testing.B) {
	pages := realCorpus(b)
	var mds []string
	size := 0
	for _, p := range pages {
		md := ToMarkdown(p.body, testEnv{}).Markdown
		mds = append(mds, md)
		size += len(md)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		for _, md := range mds {
			ForTerminal(md, 80)
		}
	}
	b.ReportMetric(float64(cputime.Process()-c0)/float64(b.N), "cpu-ns/op")
}
