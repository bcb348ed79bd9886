package mdx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

const stackPage = `- $ frontend="nextjs"

  Next text.

- $ frontend="remix, react"

  Remix text.

- $ backend="nodejs"

  Node text.

- $ backend="python"

  Python text.

Shared text.

<CodeBlock title="Run">
  <CodeBlockTab title="Express" file="a" />
  <CodeBlockTab title="Flask" file="b" />
  <CodeBlockTab title="Output" file="c" />
</CodeBlock>
`

func TestStackChoice(t *testing.T) {
	all := ToMarkdown(stackPage, testEnv{})
	if !all.StackDependent {
		t.Error("page with stack switches not marked StackDependent")
	}
	for _, want := range []string{"**▸ Frontend: Next.js**\n\nNext text.", "**▸ Frontend: Remix, React**", "**▸ Backend: Python**\n\nPython text.", "Express · Flask · Output"} {
		if !strings.Contains(all.Markdown, want) {
			t.Errorf("no choice: missing %q in\n%s", want, all.Markdown)
		}
	}
	if strings.Contains(all.Markdown, "Also for") {
		t.Errorf("no choice folded something:\n%s", all.Markdown)
	}

	got := ToMarkdownFor(stackPage, testEnv{}, Choice{Frontend: "nextjs", Backend: "nodejs"}).Markdown
	for _, want := range []string{"Next text.", "Node text.", "Shared text.", "Express · Output",
		"*Also for Remix, React, Python — change the stack to see them*\n\nShared text.", "*Also for Python — change the stack to see them*"} {
		if !strings.Contains(got, want) {
			t.Errorf("nextjs,nodejs: missing %q in\n%s", want, got)
		}
	}
	for _, not := range []string{"Remix text.", "Python text.", "Flask"} {
		if strings.Contains(got, not) {
			t.Errorf("nextjs,nodejs: %q should be folded:\n%s", not, got)
		}
	}
	if strings.Count(got, "Also for") != 2 {
		t.Errorf("want one fold line per group:\n%s", got)
	}

	// Only a backend chosen: every frontend option stays.
	be := ToMarkdownFor(stackPage, testEnv{}, Choice{Backend: "python"}).Markdown
	if !strings.Contains(be, "Next text.") || !strings.Contains(be, "Remix text.") || strings.Contains(be, "Node text.") {
		t.Errorf("backend only:\n%s", be)
	}
}

func TestAltItemsEnd(t *testing.T) {
	// The option ends at the first line no deeper than its marker; nested
	// options and components stay inside it.
	in := "- | Outer\n\n  Outer text.\n\n  - | Inner\n\n    Inner text.\n\n  <Callout>\n    Careful.\n  </Callout>\n\nAfter.\n"
	r := ToMarkdown(in, testEnv{})
	want := "**▸ Outer**\n\nOuter text.\n\n**▸ Inner**\n\nInner text.\n\n> **Note**\n>\n> Careful.\n\nAfter.\n"
	if r.Markdown != want {
		t.Errorf("got\n%s\nwant\n%s", r.Markdown, want)
	}
	if len(r.Notices) > 0 {
		t.Errorf("notices %q", r.Notices)
	}
}

func TestCodeTabLanguages(t *testing.T) {
	// Languages name stacks only when the tabs differ in language.
	one := "<CodeBlock title=\"T\">\n  <CodeBlockTab language=\"js\" title=\"Template\" />\n  <CodeBlockTab language=\"js\" title=\"Output\" />\n</CodeBlock>\n"
	if r := ToMarkdownFor(one, testEnv{}, Choice{Backend: "ruby"}); !strings.Contains(r.Markdown, "Template · Output") || r.StackDependent {
		t.Errorf("one language folded: %s", r.Markdown)
	}
	two := "<CodeBlock title=\"T\">\n  <CodeBlockTab language=\"js\" title=\"npm\" />\n  <CodeBlockTab language=\"ruby\" title=\"Bundler\" />\n</CodeBlock>\n"
	r := ToMarkdownFor(two, testEnv{}, Choice{Backend: "ruby"})
	if !strings.Contains(r.Markdown, "T — Bundler*") || !strings.Contains(r.Markdown, "Also for Node.js") {
		t.Errorf("two languages: %s", r.Markdown)
	}
}

func TestParseAltMarker(t *testing.T) {
	for _, tc := range []struct {
		in, label string
		fe, be    int
		ok        bool
	}{
		{`$ frontend="nextjs, remix"`, "Frontend: Next.js, Remix", 2, 0, true},
		{`$ backend='python'`, "Backend: Python", 0, 1, true},
		{`$ engine="steam"`, "Engine: steam", 0, 0, true},
		{`$ frontend=""`, "", 0, 0, false},
		{`$ no value`, "", 0, 0, false},
		{`| Payload`, "Payload", 0, 0, true},
		{`| Next.js (App Router)`, "Next.js (App Router)", 1, 0, true},
		{`|`, "", 0, 0, false},
		{`### Title`, "Title", 0, 0, true},
		{`####### Seven`, "", 0, 0, false},
		{`#hashtag`, "", 0, 0, false},
		{`plain item`, "", 0, 0, false},
	} {
		a, _, ok := ParseAltMarker(tc.in)
		if ok != tc.ok || (ok && (a.Label != tc.label || len(a.Frontends) != tc.fe || len(a.Backends) != tc.be)) {
			t.Errorf("ParseAltMarker(%q) = %+v, %v", tc.in, a, ok)
		}
	}
}

// FuzzParseAltMarker: never panics; a marker it accepts has a label, and an
// offset inside the line.
func FuzzParseAltMarker(f *testing.F) {
	for _, s := range []string{`$ frontend="a, b"`, `| x`, `### y`, `$ =`, "| \xff", `$ backend=",,"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, start, ok := ParseAltMarker(in)
		if !ok {
			return
		}
		if strings.TrimSpace(a.Label) == "" || start < 0 || start > len(in) {
			t.Fatalf("ParseAltMarker(%q) = %+v, %d", in, a, start)
		}
		if utf8.ValidString(in) && !utf8.ValidString(a.Label) {
			t.Fatalf("invalid label for %q", in)
		}
	})
}

// FuzzForTerminal: the terminal pass never panics, keeps valid UTF-8 and
// never drops a word of prose outside tables and code.
func FuzzForTerminal(f *testing.F) {
	for _, s := range []string{looseList, "| a | b |\n| - | - |\n| `x` | y |\n", "```\n" + strings.Repeat("word ", 40) + "\n```\n", "- a\n\n  b\n\n  ```\n  c\n  ```\n\n  d\n"} {
		f.Add(s, 40)
	}
	f.Fuzz(func(t *testing.T, in string, width int) {
		width = width%200 + 1
		if width < 0 {
			width = -width
		}
		out := ForTerminal(in, width)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 for %q", in)
		}
		if !strings.Contains(in, "|") && !strings.Contains(in, "```") && !strings.Contains(in, "~~~") {
			if strings.Join(strings.Fields(strings.ReplaceAll(out, `\`, "")), " ") != strings.Join(strings.Fields(strings.ReplaceAll(in, `\`, "")), " ") {
				t.Fatalf("words changed:\n%q\n%q", in, out)
			}
		}
	})
}
