package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

const fixtureDocs = "../../docs/testdata/corpus"

// runCmd runs the root command with args, returning stdout and the error.
func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	t.Setenv("WORKOS_DOCS_DIR", "")
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

func TestShow(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "https://workos.com/docs/relay/retries.mdx")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "# Retrying deliveries\n\nSource: https://workos.com/docs/relay/retries\n") {
		t.Errorf("show output starts %.120q", out)
	}
	if !strings.Contains(out, "## Giving up") {
		t.Errorf("body missing:\n%s", out)
	}
}

func TestShowAnchorPrintsSection(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "relay/retries#backoff")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Source: https://workos.com/docs/relay/retries#backoff") ||
		!strings.Contains(out, "## Backoff") || strings.Contains(out, "Giving up") {
		t.Errorf("section output:\n%s", out)
	}
}

func TestShowLang(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "--lang", "golang", "reference/hooks/hook/create")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "hooks.CreateHook") || strings.Contains(out, "hooks.createHook") {
		t.Errorf("go view:\n%s", out)
	}
}

func TestShowUnknown(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs, "relay/retry")
	if err == nil {
		t.Fatal("no error for a missing page")
	}
	// One line, suggestions inline.
	if msg := err.Error(); !strings.HasPrefix(msg, `no page "relay/retry" (did you mean: `) ||
		!strings.Contains(msg, "relay/retries") || !strings.HasSuffix(msg, "?)") || strings.Contains(msg, "\n") {
		t.Errorf("error: %q", err)
	}
	var ue usageError
	if errors.As(err, &ue) {
		t.Error("a missing page is a runtime error (exit 1), not a usage error")
	}
}

// TestShowLangAnchor shows one section of a reference page in an SDK
// language whose Markdown is shorter (js) and longer (go) than the
// cross-language view: the section must come from that language's view.
func TestShowLangAnchor(t *testing.T) {
	for _, tc := range []struct{ lang, want, not string }{
		{"js", "hooks.createHook", "hooks.CreateHook"},
		{"golang", "hooks.CreateHookOpts", "hooks.createHook"},
	} {
		out, err := runCmd(t, "show", "--plain", "--docs", fixtureDocs, "--lang", tc.lang, "reference/hooks/hook/create#create-a-hook")
		if err != nil {
			t.Fatalf("--lang %s: %v", tc.lang, err)
		}
		c := loadFixture(t)
		p, _ := c.Page("reference/hooks/hook/create")
		whole := strings.Trim(c.View(p, tc.lang).Markdown, "\n")
		if !strings.Contains(out, "Source: https://workos.com/docs/reference/hooks/hook/create#create-a-hook\n\n## Create a hook\n") ||
			!strings.HasSuffix(out, whole+"\n") || !strings.Contains(out, tc.want) || strings.Contains(out, tc.not) {
			t.Errorf("--lang %s section (want all of the page's only section in that language):\n%s", tc.lang, out)
		}
	}
}

func TestShowUnknownAnchor(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "relay/retries#bakcoff")
	if err == nil {
		t.Fatalf("no error for a missing anchor; printed:\n%s", out)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, `no section "bakcoff" in relay/retries (anchors: backoff`) || strings.Contains(msg, "\n") {
		t.Errorf("error: %q; want one line naming the closest anchors first", msg)
	}
	var ue usageError
	if errors.As(err, &ue) {
		t.Error("a missing anchor is a runtime error (exit 1), not a usage error")
	}
}

// TestShowSubsections: an anchor shows its section with the subsections
// below it (TestShowAnchorPrintsSection checks it stops at the next sibling).
func TestShowSubsections(t *testing.T) {
	out, err := runCmd(t, "show", "--plain", "--docs", fixtureDocs, "relay#setup")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\n\n## Set up the relay") || !strings.Contains(out, "### Example apps") {
		t.Errorf("relay#setup without its subsection:\n%s", out)
	}
	out, err = runCmd(t, "show", "--plain", "--docs", fixtureDocs, "relay#example-apps")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "#example-apps\n\n### Example apps") || strings.Contains(out, "Set up the relay") {
		t.Errorf("relay#example-apps:\n%s", out)
	}
}

// TestShowEverySectionReal shows every section of every reference page in a
// few languages of the real corpus: no panic, no error, and the printed
// section starts with its own heading.
func TestShowEverySectionReal(t *testing.T) {
	c, err := docs.Load(testcorpus.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, p := range c.Pages {
		if !strings.HasPrefix(p.Path, "reference/") {
			continue
		}
		for _, lang := range []string{"", "python", "go", "js", "curl"} {
			v := c.View(p, lang)
			for _, s := range v.Sections {
				if s.Anchor == "" || s.Level == 0 {
					continue
				}
				out, err := showMarkdown(c, p.Path+"#"+s.Anchor, lang, docs.Stack{})
				if err != nil {
					t.Errorf("%s#%s --lang %q: %v", p.Path, s.Anchor, lang, err)
					continue
				}
				_, body, _ := strings.Cut(out, "#"+s.Anchor+"\n\n")
				if head := strings.Repeat("#", s.Level) + " "; !strings.HasPrefix(body, head) || !strings.Contains(firstLine(body), s.Heading) {
					t.Errorf("%s#%s --lang %q: section starts %.80q, want %q%s", p.Path, s.Anchor, lang, body, head, s.Heading)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no reference sections in the corpus")
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func loadFixture(t *testing.T) *docs.Corpus {
	t.Helper()
	c, err := docs.Load(fixtureDocs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestShowSectionSubPath(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "/docs/relay/retries/backoff")
	if err != nil || !strings.Contains(out, "Source: https://workos.com/docs/relay/retries#backoff") {
		t.Errorf("section sub-path: %v\n%s", err, out)
	}
}

func TestShowUnknownLang(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs, "--lang", "cobol", "relay")
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "go") {
		t.Errorf("unknown --lang: %v", err)
	}
}

func TestShowUsage(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("show without PATH: %v, want usage error", err)
	}
}

func TestNoCorpus(t *testing.T) {
	for _, args := range [][]string{{"show", "sso"}, {"tree"}} {
		_, err := runCmd(t, append(args, "--docs", t.TempDir())...)
		if err == nil || !strings.Contains(err.Error(), "workos-docs-tui sync") {
			t.Errorf("%v: %v, want advice to sync", args, err)
		}
	}
}

func TestTreeJSON(t *testing.T) {
	out, err := runCmd(t, "tree", "--json", "--docs", fixtureDocs)
	if err != nil {
		t.Fatal(err)
	}
	var nodes []treeNode
	if err := json.Unmarshal([]byte(out), &nodes); err != nil {
		t.Fatalf("tree --json: %v\n%s", err, out)
	}
	paths := map[string]string{}
	var walk func([]treeNode)
	walk = func(ns []treeNode) {
		for _, n := range ns {
			if n.Path == "" && n.URL != "" {
				t.Errorf("group %q has a URL", n.Title)
			}
			if n.Path != "" {
				paths[n.Path] = n.URL
			}
			walk(n.Children)
		}
	}
	walk(nodes)
	if paths["relay/signing"] != "https://workos.com/docs/relay/signing" || paths["integrations/zephyr"] == "" {
		t.Errorf("paths: %v", paths)
	}
}

func TestTreeText(t *testing.T) {
	out, err := runCmd(t, "tree", "--docs", fixtureDocs)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\n  Getting Started\n    Quick Start  (relay)\n") ||
		!strings.Contains(out, "(reference/hooks/hook/archive, missing)") {
		t.Errorf("tree:\n%s", out)
	}
}

func TestVersionShowsCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	m := `{"package":"@workos/mcp-docs-server","version":"9.8.7"}`
	if err := os.WriteFile(filepath.Join(dir, docs.ManifestFile), []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runCmd(t, "--version", "--docs", dir)
	if err != nil || out != version+" (docs corpus @workos/mcp-docs-server 9.8.7)\n" {
		t.Errorf("--version with a corpus: %q, %v", out, err)
	}
	out, _ = runCmd(t, "--version", "--docs", t.TempDir())
	if out != version+"\n" {
		t.Errorf("--version without a corpus: %q", out)
	}
}

// A section may be named by its heading as a reader types it; the source
// line then gives the canonical anchor.
func TestShowSectionByHeading(t *testing.T) {
	out, err := runCmd(t, "show", "--plain", "--docs", fixtureDocs, "relay#Example Apps")
	if err != nil || !strings.Contains(out, "Source: https://workos.com/docs/relay#example-apps\n") || !strings.Contains(out, "### Example apps") {
		t.Errorf("section by heading: %v\n%s", err, out)
	}
}

// A stack named beside the topic is reported as a preference in the text
// output, as it is in --json.
func TestSearchTextReportsPreference(t *testing.T) {
	out, err := runCmd(t, "search", "--docs", fixtureDocs, "retrying deliveries in Next.js")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "For Next.js (the stack you named).") {
		t.Errorf("no preference line:\n%s", out)
	}
	out, err = runCmd(t, "search", "--docs", fixtureDocs, "retrying deliveries")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "the stack you named") {
		t.Errorf("a preference line without a stack:\n%s", out)
	}
}
