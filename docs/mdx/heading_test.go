package mdx

import (
	"strings"
	"testing"
)

func TestHeadings(t *testing.T) {
	in := "# Gadgets\n\n" +
		"## Spin a gadget {{ \"url\": \"spin\" }}\n\n" +
		"## Setup {{ \"visibility\": \"hidden\" }}\n\n" +
		"## Setup\n\n" +
		"### (2) Use `spin()` with [docs](/d) ###\n\n" +
		"```sh\n# not a heading\n## nor this\n```\n\n" +
		"#hashtag is text\n\n" +
		"## Ünïcode & Co.\n\n" +
		"## Odd {{ \"url\": broken json \"url\": \"odd-one\" }}\n"
	r := ToMarkdown(in, testEnv{})
	type h struct {
		level        int
		text, anchor string
	}
	want := []h{
		{1, "Gadgets", "gadgets"},
		{2, "Spin a gadget", "spin"},
		{2, "Setup", "setup"},
		{2, "Setup", "setup-1"},
		{3, "(2) Use spin() with docs", "2-use-spin-with-docs"},
		{2, "Ünïcode & Co.", "ünïcode--co"},
		{2, "Odd", "odd-one"},
	}
	if len(r.Headings) != len(want) {
		t.Fatalf("got %d headings %+v\n%s", len(r.Headings), r.Headings, r.Markdown)
	}
	for i, w := range want {
		g := r.Headings[i]
		if g.Level != w.level || g.Text != w.text || g.Anchor != w.anchor {
			t.Errorf("heading %d = %+v, want %+v", i, g, w)
		}
	}
	checkHeadings(t, "headings", r)
	if strings.Contains(r.Markdown, "{{") || strings.Contains(r.Markdown, "###\n") {
		t.Errorf("attributes or closing hashes left:\n%s", r.Markdown)
	}
	if !strings.Contains(r.Markdown, "```sh\n# not a heading\n## nor this\n```") {
		t.Errorf("fence altered:\n%s", r.Markdown)
	}
	if !strings.Contains(r.Markdown, "### (2) Use `spin()` with [docs](https://docs.example.test/d)\n") {
		t.Errorf("heading markdown:\n%s", r.Markdown)
	}
}

func TestHeadingInsideListIsLeftAligned(t *testing.T) {
	r := ToMarkdown("- $ tier=\"pro\"\n\n  ## Pro setup\n\n  Text.\n", testEnv{})
	if len(r.Headings) != 1 || r.Headings[0].Anchor != "pro-setup" {
		t.Fatalf("headings %+v\n%s", r.Headings, r.Markdown)
	}
	checkHeadings(t, "list", r)
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Hello World":        "hello-world",
		"gadget.spin_fast":   "gadgetspin_fast",
		"  Two  spaces ":     "--two--spaces-",
		"What's new? (v2.0)": "whats-new-v20",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFences(t *testing.T) {
	body := "line one\n\n    indented four\n\t\ttabbed\n<Widget />\n{{ curly }}\n# hash\n"
	runCases(t, testEnv{}, []tcase{
		{
			name: "top level fence untouched",
			in:   "```go title=\"main.go\" showLines\n" + body + "```\n",
			want: []string{"*main.go*\n```go\n" + body + "```\n"},
		},
		{
			name: "fence nested two levels loses only component indentation",
			in: "<LanguageSelector>\n  <Callout type=\"info\">\n    ```json language=\"json\" title='cfg'\n" +
				indent(body, 4) + "    ```\n  </Callout>\n</LanguageSelector>\n",
			want: []string{"> *cfg*\n> ```json\n" + prefixLines(body, "> ") + "> ```\n"},
		},
		{
			name: "longer fences and tildes",
			in:   "~~~~\n```\nstill inside\n~~~~\n\n````md\n```js\nx\n```\n````\n",
			want: []string{"~~~~\n```\nstill inside\n~~~~\n", "````md\n```js\nx\n```\n````\n"},
		},
		{
			name: "only title",
			in:   "``` title=\"Shell\"\nls\n```\n",
			want: []string{"*Shell*\n```\nls\n```\n"},
		},
	})
}

func indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if strings.TrimSpace(l) != "" {
			b.WriteString(pad)
		}
		b.WriteString(l)
	}
	return b.String()
}

func prefixLines(s, p string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if l == "" {
			b.WriteString(strings.TrimSpace(p) + "\n")
			continue
		}
		b.WriteString(p + l + "\n")
	}
	return b.String()
}
