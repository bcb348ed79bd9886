package mdx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzToMarkdown: never panics, keeps valid UTF-8, headings point at '#' lines.
// Seeds live in testdata/fuzz/FuzzToMarkdown.
func FuzzToMarkdown(f *testing.F) {
	f.Add("## A {{ \"url\": \"a\" }}\n\n<Callout>\n  x <Badge>y</Badge>\n</Callout>\n")
	f.Add("<Event.Root>\n  <Event.Details name=\"e.v\">\n  </Event.Details>\n</Event.Root>\n")
	f.Add(stackPage)
	f.Add("- | A\n  - ### B\n    <Callout>\n  x\n- $ frontend=\"remix\"\n```\n- | C\n")
	env := testEnv{sigs: map[string]string{"s": "## Sig\n\n```\n# no\n```\n"}}
	f.Fuzz(func(t *testing.T, in string) {
		r := ToMarkdown(in, env)
		rs := ToMarkdownFor(in, env, Choice{Frontend: "remix", Backend: "go"})
		if len(rs.Markdown) > len(r.Markdown)+len(in)+64 {
			t.Fatalf("a stack choice grew the page for %q", in)
		}
		checkHeadings(t, "fuzz stack", rs)
		for _, n := range r.Notices {
			if strings.Contains(n, "internal transform error") {
				t.Fatalf("transform panicked on %q", in)
			}
		}
		if utf8.ValidString(in) && !utf8.ValidString(r.Markdown) {
			t.Fatalf("invalid UTF-8 output for %q", in)
		}
		if strings.IndexByte(r.Markdown, 0) >= 0 {
			t.Fatalf("marker leaked for %q", in)
		}
		checkHeadings(t, "fuzz", r)
	})
}
