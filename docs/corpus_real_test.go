package docs

import (
	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// corpusDir is the real corpus for integration tests; they skip without one.
func corpusDir(t testing.TB) string {
	t.Helper()
	org, err := Locate(testcorpus.Dir(t)) // a sync target holds organized/; tests read the folder with docs/
	if err != nil {
		t.Fatal(err)
	}
	return org
}

func loadReal(t testing.TB) *Corpus {
	t.Helper()
	c, err := Load(corpusDir(t))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

// TestRealStats checks what any release of the real corpus must hold: pages,
// a navigation tree of areas, SDK languages, a changelog, every dangling nav
// link named, and no load problem other than the interactive widgets the
// package can not carry (no unreadable file, no bad frontmatter, no damage).
func TestRealStats(t *testing.T) {
	c := loadReal(t)
	nodes, unlisted, dangling := 0, 0, 0
	for _, s := range c.Nav {
		walkNav(s, func(n *NavNode) {
			nodes++
			if n.Unlisted && n.Path != "" {
				unlisted++
			}
			if n.Dangling {
				dangling++
				if n.Path == "" {
					t.Errorf("dangling nav node %q names no path", n.Title)
				}
			}
		})
	}
	t.Logf("pages=%d navNodes=%d sections=%d orphansPlaced=%d dangling=%d notices=%d changelog=%d langs=%v",
		len(c.Pages), nodes, len(c.Nav), unlisted, dangling, len(c.Notices), len(c.Changelog), c.Languages())
	if len(c.Pages) == 0 || len(c.Nav) == 0 || nodes < len(c.Pages) {
		t.Errorf("%d pages, %d areas, %d nav nodes: every page needs a node", len(c.Pages), len(c.Nav), nodes)
	}
	if len(c.Languages()) == 0 {
		t.Error("no SDK languages in the API reference")
	}
	if len(c.Changelog) == 0 {
		t.Error("no changelog entries")
	}
	for _, n := range c.Notices {
		if !strings.HasPrefix(n.Message, "interactive widget ") {
			t.Errorf("load notice %s: %s", n.File, n.Message)
		}
	}
}

// rawTag finds MDX component markup a reader should never see: a known
// component name, or a capitalised tag with attributes or self-closing.
// Fenced code and inline code spans are skipped; type names such as
// Task<List<Group>> are not tags.
var rawTag = regexp.MustCompile(`(^|[^\\])</?(CodeBlock|CodeBlockTab|Event\.[A-Za-z]+|Callout|LanguageSelector|ExampleApps(\.Card)?|GlossaryMarker|PropsTable|Badge)\b|(^|[^\\])<[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*(\s+[a-zA-Z]+=|\s*/>)`)
var codeSpan = regexp.MustCompile("`[^`\n]*`")

func rawTagOutsideCode(md string) string {
	fence := ""
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = t[:3]
			continue
		}
		if m := rawTag.FindString(codeSpan.ReplaceAllString(line, "")); m != "" {
			return line
		}
	}
	return ""
}

func TestRealEveryPageInTree(t *testing.T) {
	c := loadReal(t)
	inTree := map[string]bool{}
	for _, s := range c.Nav {
		walkNav(s, func(n *NavNode) {
			if n.Path != "" && !n.Dangling {
				inTree[n.Path] = true
				if _, ok := c.Page(n.Path); !ok {
					t.Errorf("tree node %q names no page", n.Path)
				}
			}
		})
	}
	for _, p := range c.Pages {
		if !inTree[p.Path] {
			t.Errorf("%s is not in the tree", p.Path)
		}
		// Reachable: the page's node hangs from a top-level section.
		n := p.Nav
		for n != nil && n.Parent != nil {
			n = n.Parent
		}
		if n == nil || !slices.Contains(c.Nav, n) {
			t.Errorf("%s: not reachable from the top", p.Path)
		}
	}
	if len(c.Pages) < 500 {
		t.Errorf("only %d pages", len(c.Pages))
	}
}

func TestRealNoRawComponents(t *testing.T) {
	c := loadReal(t)
	bad := 0
	for _, p := range c.Pages {
		for _, lang := range []string{"", "python"} {
			if line := rawTagOutsideCode(c.Markdown(p, lang)); line != "" {
				bad++
				if bad <= 10 {
					t.Errorf("%s (lang %q): raw component: %.120s", p.Path, lang, line)
				}
			}
		}
	}
}

func TestRealShowGoConnection(t *testing.T) {
	c := loadReal(t)
	p, ok := c.Page("reference/sso/connection/get")
	if !ok {
		t.Fatal("no reference/sso/connection/get")
	}
	md := c.Markdown(p, "go")
	for _, want := range []string{"sso.GetConnection", "Unique identifier for the Connection"} {
		if !strings.Contains(md, want) {
			t.Errorf("go view lacks %q", want)
		}
	}
}

func TestRealEvents(t *testing.T) {
	c := loadReal(t)
	p, ok := c.Page("events")
	if !ok {
		t.Fatal("no events page")
	}
	if !strings.Contains(p.Markdown, "dsync.user.deleted") {
		t.Error("events page lacks dsync.user.deleted")
	}
	if strings.Contains(p.Markdown, "<Event") || strings.Contains(p.Markdown, "<CodeBlock") {
		t.Error("events page shows raw components")
	}
}

func TestRealSuggest(t *testing.T) {
	c := loadReal(t)
	for q, want := range map[string]string{
		"sso/overveiw":                "sso",
		"directory-sync/introduction": "directory-sync",
		"sso/login-flow":              "sso/login-flows",
		"reference/sso/conection/get": "reference/sso/connection/get",
		"integrations/okta":           "integrations/okta-saml",
	} {
		if got := c.Suggest(q, 5); !slices.Contains(got, want) {
			t.Errorf("Suggest(%q) = %v, want %q among them", q, got, want)
		}
	}
	if got := c.Suggest("no/such/page", 5); len(got) > 0 {
		t.Errorf("Suggest(no/such/page) = %v", got)
	}
}

func TestRealLinksResolve(t *testing.T) {
	c := loadReal(t)
	internal, resolved := 0, 0
	for _, p := range c.Pages {
		for _, l := range p.Links {
			if strings.HasPrefix(l.URL, BaseURL) {
				internal++
				if l.Page != "" {
					resolved++
				}
			}
		}
	}
	t.Logf("internal links %d, resolved to pages %d", internal, resolved)
	if internal == 0 || resolved*100 < internal*95 {
		t.Errorf("only %d of %d internal links resolve", resolved, internal)
	}
}

// BenchmarkLoadReal is a cold load of the real corpus; cpu-ms/op is the
// process CPU time (all cores, GC included) per load.
func BenchmarkLoadReal(b *testing.B) {
	dir := corpusDir(b)
	b.ReportAllocs()
	start, n := cputime.Process(), 0
	for b.Loop() {
		if _, err := Load(dir); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(cputime.Process()-start)/float64(n)/1e6, "cpu-ms/op")
}

// BenchmarkLoadFixture needs no corpus: it tracks the loader's own overhead.
func BenchmarkLoadFixture(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fixtureDir); err != nil {
			b.Fatal(err)
		}
	}
}
