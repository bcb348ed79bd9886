package readme

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A README in the shape SDK packages ship, in our own words.
const sample = "# Gizmo SDK\n\n" +
	"[![npm](https://img.shields.io/npm/v/gizmo)](https://example.com/gizmo) ![CI](https://github.com/acme/gizmo/actions/workflows/ci.yml/badge.svg)\n\n" +
	"<p align=\"center\"><img src=\"docs/logo.png\" alt=\"Gizmo logo\" width=\"80\"></p>\n\n" +
	"Gizmo spins widgets. See [the guide](docs/guide.md), [usage](#usage) and [the site](https://example.com).\n\n" +
	"<!-- a maintainer's note\nover two lines -->\n" +
	"## Usage\n\n" +
	"Wrap your app in `<GizmoProvider>` and call `useGizmo()`; the <GizmoProvider> tag also works in prose.\n\n" +
	"```tsx\n<div className=\"app\">\n  <GizmoProvider />\n</div>\n```\n\n" +
	"<details>\n<summary>Advanced options</summary>\n\n| Option | Default |\n| --- | --- |\n| `spin` | `true` |\n\n</details>\n\n" +
	"### Images\n\n![diagram of a spin](./img/spin.svg)\n\nLine one<br>line two, \x1b]52;c;aGk=\x07clipboard \x1b[31mred\x1b[0m.\n"

func TestCleanSample(t *testing.T) {
	r := Clean(sample, Options{Repo: "https://github.com/acme/gizmo", Shift: 1})
	md := r.Markdown
	if r.Title != "Gizmo SDK" {
		t.Errorf("title = %q", r.Title)
	}
	for _, want := range []string{
		"## Usage\n", "#### Images\n", // headings one level down
		"[the guide](https://github.com/acme/gizmo/blob/HEAD/docs/guide.md)",
		"[usage](#usage)", "[the site](https://example.com)",
		"[image: Gizmo logo](docs/logo.png)",
		"[image: diagram of a spin](https://github.com/acme/gizmo/raw/HEAD/img/spin.svg)",
		"`<GizmoProvider>`", "the <GizmoProvider> tag also works", // not HTML: kept as text
		"```tsx\n<div className=\"app\">\n  <GizmoProvider />\n</div>\n```", // code byte for byte
		"**Advanced options**", "| `spin` | `true` |",
		"Line one line two",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q in:\n%s", want, md)
		}
	}
	for _, bad := range []string{"# Gizmo SDK", "shields.io", "badge.svg", "<p", "<img", "<details", "<summary", "<br",
		"maintainer's note", "\x1b", "\x07", "]52;"} {
		if strings.Contains(md, bad) {
			t.Errorf("output keeps %q:\n%s", bad, md)
		}
	}
	if strings.Contains(md, "\n\n\n") {
		t.Errorf("runs of blank lines remain:\n%s", md)
	}
}

func TestAlertsBecomeLabels(t *testing.T) {
	got := Clean("> [!WARNING]\n> Mind the gap.\n\n> [!TIP] >`x` helps.\n\n> [!NOTE] plain\n", Options{}).Markdown
	want := "> **Warning:**\n> Mind the gap.\n\n> **Tip:** `x` helps.\n\n> **Note:** plain\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRelativeLinksNeverBecomeFilePaths(t *testing.T) {
	md := "[a](../../etc/passwd) [b](/docs/x.md) ![c](../up.png)\n"
	got := Clean(md, Options{Repo: "https://github.com/acme/mono", Dir: "packages/sdk"}).Markdown
	for _, want := range []string{
		"[a](https://github.com/acme/mono/blob/HEAD/etc/passwd)", // climbs to the repo root, never above it
		"[b](https://github.com/acme/mono/blob/HEAD/docs/x.md)",
		"[image: c](https://github.com/acme/mono/raw/HEAD/packages/up.png)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
	// Without a repository a relative link keeps its text and loses its path.
	if got := Clean("see [the guide](docs/guide.md).\n", Options{}).Markdown; got != "see the guide.\n" {
		t.Errorf("no repo: %q", got)
	}
}

func TestHeadingsWithoutTitle(t *testing.T) {
	r := Clean("Intro text.\n\n# Setup\n\n## Step\n", Options{Shift: 1})
	if r.Title != "" {
		t.Errorf("title = %q, want none: the README does not start with a heading", r.Title)
	}
	if !strings.Contains(r.Markdown, "## Setup\n") || !strings.Contains(r.Markdown, "### Step\n") {
		t.Errorf("headings not shifted: %q", r.Markdown)
	}
	if got := Clean("###### Deep\n", Options{Shift: 2}).Markdown; got != "###### Deep\n" {
		t.Errorf("shift past 6: %q", got)
	}
}

func TestRepoURL(t *testing.T) {
	for in, want := range map[string]string{
		"git+https://github.com/acme/gizmo.git":   "https://github.com/acme/gizmo",
		"git+ssh://git@github.com/acme/gizmo.git": "https://github.com/acme/gizmo",
		"git@github.com:acme/gizmo.git":           "https://github.com/acme/gizmo",
		"github:acme/gizmo":                       "https://github.com/acme/gizmo",
		"acme/gizmo":                              "https://github.com/acme/gizmo",
		"https://gitlab.com/acme/gizmo/":          "https://gitlab.com/acme/gizmo",
		"file:../gizmo":                           "",
		"":                                        "",
		"https://github.com/acme/\"><script>":     "",
	} {
		if got := RepoURL(in); got != want {
			t.Errorf("RepoURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add(sample, "https://github.com/acme/gizmo", "packages/x")
	f.Add("```\n<a>\n```\n<a href='x'>y</a> `<b>` ~~~", "", "")
	f.Add("<details><summary>x</summary>[![a](b)](c)<!--", "https://h/x", "../..")
	f.Fuzz(func(t *testing.T, md, repo, dir string) {
		out := Clean(md, Options{Repo: RepoURL(repo), Dir: dir, Shift: 1}).Markdown
		if strings.ContainsAny(out, "\x1b\x07\u009b") || !utf8.ValidString(out) {
			t.Fatalf("escape bytes survive: %q", out)
		}
		if !strings.HasSuffix(out, "\n") {
			t.Fatalf("output does not end a line: %q", out)
		}
	})
}
