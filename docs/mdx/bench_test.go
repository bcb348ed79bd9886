package mdx

import (
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
