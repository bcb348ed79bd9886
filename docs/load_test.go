package docs

import (
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"sync"
	"testing"
)

const fixtureDir = "testdata/corpus"

// fixture loads the fixture corpus once per test binary.
var fixture = sync.OnceValues(func() (*Corpus, error) { return Load(fixtureDir) })

func loadFixture(t *testing.T) *Corpus {
	t.Helper()
	c, err := fixture()
	if err != nil {
		t.Fatalf("Load(%s): %v", fixtureDir, err)
	}
	return c
}

func mustPage(t *testing.T, c *Corpus, path string) *Page {
	t.Helper()
	p, ok := c.Page(path)
	if !ok {
		t.Fatalf("no page %q", path)
	}
	return p
}

func TestLoadPaths(t *testing.T) {
	c := loadFixture(t)
	var got []string
	for _, p := range c.Pages {
		got = append(got, p.Path)
	}
	want := []string{
		"glossary", "integrations/acme-mail", "integrations/zephyr", "reference",
		"reference/hooks/hook", "reference/hooks/hook/create", "relay",
		"relay/_diagrams/flow", "relay/concepts", "relay/empty", "relay/junk",
		"relay/legacy", "relay/retries", "relay/signing", "relay/unterminated",
		"sdks/tiny-js", "status",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("paths\n got %v\nwant %v", got, want)
	}
	if p := mustPage(t, c, "relay/_diagrams/flow"); p.File != "relay/_diagrams/flow.md" {
		t.Errorf("File = %q", p.File)
	}
	if p := mustPage(t, c, "relay"); p.File != "relay/index.mdx" || p.URL() != "https://workos.com/docs/relay" {
		t.Errorf("relay: File %q URL %q", p.File, p.URL())
	}
}

func TestLoadNoCorpus(t *testing.T) {
	if _, err := Load(t.TempDir()); !errors.Is(err, ErrNoCorpus) {
		t.Fatalf("Load(empty dir) = %v, want ErrNoCorpus", err)
	}
}

func TestTitles(t *testing.T) {
	c := loadFixture(t)
	for _, tc := range []struct{ path, title, why string }{
		{"relay/retries", "Retrying deliveries", "frontmatter (CRLF file)"},
		{"relay/concepts", "Core ideas", "nav title"},
		{"reference/hooks/hook", "Hook", "nav title, description is a mapping"},
		{"relay/signing", "Verifying signatures", "malformed YAML falls back to the nav"},
		{"relay/_diagrams/flow", "Flow diagrams for Relay", "level-1 heading"},
		{"sdks/tiny-js", "Tiny JS", "file name; a level-2 heading does not name a page"},
		{"relay/junk", "Junk", "file name of a binary file"},
		{"relay/legacy", "Legacy mode", "frontmatter of a non-UTF-8 file"},
	} {
		if got := mustPage(t, c, tc.path).Title; got != tc.title {
			t.Errorf("%s (%s): title %q, want %q", tc.path, tc.why, got, tc.title)
		}
	}
}

func TestDescriptions(t *testing.T) {
	c := loadFixture(t)
	for path, want := range map[string]string{
		"relay":                "Forward signed hooks from Quill to your servers.",
		"reference/hooks/hook": "The hook object and what it holds.",
		"relay/concepts":       "",
	} {
		if got := mustPage(t, c, path).Description; got != want {
			t.Errorf("%s: description %q, want %q", path, got, want)
		}
	}
}

func TestOriginalPathNeverShown(t *testing.T) {
	c := loadFixture(t)
	nav, _ := json.Marshal(c.Nav)
	texts := []string{string(nav)}
	for _, p := range c.Pages {
		texts = append(texts, p.Title, p.Description, p.Markdown, c.Markdown(p, "go"))
	}
	for _, s := range texts {
		if strings.Contains(s, "somewhere/internal") || strings.Contains(s, "originalPath") {
			t.Fatalf("originalPath leaked into %q", s)
		}
	}
}

func TestNavStructure(t *testing.T) {
	c := loadFixture(t)
	var top []string
	for _, n := range c.Nav {
		top = append(top, n.Title)
	}
	want := []string{"Integrations", "SDKs", "Relay", "Status page", "API Reference"}
	if strings.Join(top, "|") != strings.Join(want, "|") {
		t.Errorf("top-level sections %q, want %q", top, want)
	}
	// Nested four deep, url given with trailing spaces.
	sign := mustPage(t, c, "relay/signing").Nav
	var chain []string
	for n := sign; n != nil; n = n.Parent {
		chain = append(chain, n.Title)
	}
	if got := strings.Join(chain, " < "); got != "Verifying signatures < Deep < Advanced < Guides < Relay" {
		t.Errorf("signing chain: %s", got)
	}
	// A folded `url: >-` scalar resolves like any other.
	for _, p := range []string{"relay/retries", "reference/hooks/hook/create"} {
		if n := mustPage(t, c, p).Nav; n == nil || n.Unlisted {
			t.Errorf("%s: want a listed nav node, got %+v", p, n)
		}
	}
	// A page listed in another area's nav stays there (listed once, not an orphan).
	if n := mustPage(t, c, "glossary").Nav; n.Unlisted || n.Parent.Title != "Deep" {
		t.Errorf("glossary nav node %+v", n)
	}
}

func TestNavGroupsAndDangling(t *testing.T) {
	c := loadFixture(t)
	var dangling []string
	for _, sec := range c.Nav {
		walkNav(sec, func(n *NavNode) {
			if n.Dangling {
				dangling = append(dangling, n.Path)
				if _, ok := c.Page(n.Path); ok {
					t.Errorf("dangling node %q names an existing page", n.Path)
				}
			}
			if n.Path == "" && len(n.Children) == 0 {
				t.Errorf("empty group %q", n.Title)
			}
			for _, ch := range n.Children {
				if ch.Parent != n {
					t.Errorf("%q: Parent not set", ch.Title)
				}
			}
		})
	}
	if strings.Join(dangling, ",") != "reference/hooks/hook/archive" {
		t.Errorf("dangling = %v", dangling)
	}
}

func TestOrphansPlaced(t *testing.T) {
	c := loadFixture(t)
	cases := []struct {
		path, parent string
	}{
		{"integrations/acme-mail", "Integrations"}, // area whose nav has links: []
		{"sdks/tiny-js", "SDKs"},                   // area with no nav at all
		{"relay/legacy", otherPagesTitle},          // area with a nav: collected in a group
		{"relay/_diagrams/flow", otherPagesTitle},
	}
	for _, tc := range cases {
		n := mustPage(t, c, tc.path).Nav
		if n == nil || !n.Unlisted || n.Parent == nil || n.Parent.Title != tc.parent {
			t.Errorf("%s: nav node %+v, want unlisted under %q", tc.path, n, tc.parent)
		}
	}
	// A lone top-level page is its own section.
	if n := mustPage(t, c, "status").Nav; n.Parent != nil || !n.Unlisted {
		t.Errorf("status: %+v", n)
	}
	// Orphans are sorted by title.
	var titles []string
	for _, ch := range c.Area("integrations").Children {
		titles = append(titles, ch.Title)
	}
	if !sort.StringsAreSorted(titles) || len(titles) != 2 {
		t.Errorf("integrations children %q", titles)
	}
}

func TestEveryPageReachableOnce(t *testing.T) {
	c := loadFixture(t)
	seen := map[string]int{}
	for _, sec := range c.Nav {
		walkNav(sec, func(n *NavNode) {
			if n.Path != "" && !n.Dangling {
				seen[n.Path]++
			}
		})
	}
	for _, p := range c.Pages {
		if seen[p.Path] == 0 {
			t.Errorf("%s not in the tree", p.Path)
		}
		if p.Nav == nil || p.Nav.Path != p.Path {
			t.Errorf("%s: Page.Nav = %+v", p.Path, p.Nav)
		}
	}
}

func TestSections(t *testing.T) {
	c := loadFixture(t)
	p := mustPage(t, c, "relay")
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.Anchor)
	}
	if strings.Join(got, ",") != ",setup,example-apps" {
		t.Fatalf("relay anchors %q", got)
	}
	if p.Sections[0].Level != 0 || p.Sections[1].Heading != "Set up the relay" {
		t.Errorf("sections %+v", p.Sections[:2])
	}
	for _, p := range c.Pages {
		end := 0
		for _, s := range p.Sections {
			if s.Start != end || s.End < s.Start {
				t.Fatalf("%s: section %+v does not follow %d", p.Path, s, end)
			}
			if s.Level > 0 && !strings.HasPrefix(p.Markdown[s.Start:s.End], strings.Repeat("#", s.Level)+" ") {
				t.Errorf("%s: section %q does not start at its heading", p.Path, s.Heading)
			}
			end = s.End
		}
		if strings.TrimSpace(p.Markdown[end:]) != "" {
			t.Errorf("%s: text after the last section", p.Path)
		}
	}
	if strings.Contains(p.Markdown, "{{") {
		t.Errorf("heading attributes left in Markdown")
	}
}

func TestLinks(t *testing.T) {
	c := loadFixture(t)
	links := map[string]Link{}
	for _, l := range mustPage(t, c, "relay").Links {
		links[l.Text] = l
	}
	for _, tc := range []struct{ text, url, page, anchor string }{
		{"retries", "https://workos.com/docs/relay/retries#backoff", "relay/retries", "backoff"},
		{"signing secret", "https://workos.com/docs/relay/signing", "relay/signing", ""}, // relative, meant from the root
		{"core ideas", "https://workos.com/docs/relay/concepts", "relay/concepts", ""},   // relative to the index page
		{"archive API", "https://workos.com/docs/reference/hooks/hook/archive", "", ""},  // no such page
		{"vendor site", "https://example.com/relay", "", ""},
		// The site links sections as sub-paths of their page.
		{"give up", "https://workos.com/docs/relay/retries/delivery/giving-up", "relay/retries", "giving-up"},
	} {
		l, ok := links[tc.text]
		if !ok || l.URL != tc.url || l.Page != tc.page || l.Anchor != tc.anchor {
			t.Errorf("link %q = %+v, want url %s page %q anchor %q", tc.text, l, tc.url, tc.page, tc.anchor)
		}
	}
	// A same-page anchor link resolves to the page itself.
	ls := mustPage(t, c, "relay/concepts").Links
	if len(ls) != 1 || ls[0].Page != "relay/concepts" || ls[0].Anchor != "hooks-and-receipts" {
		t.Errorf("concepts links %+v", ls)
	}
}

func TestResolve(t *testing.T) {
	c := loadFixture(t)
	for _, tc := range []struct{ in, page, anchor string }{
		{"relay/retries", "relay/retries", ""},
		{"relay/retries#backoff", "relay/retries", "backoff"},
		{"relay/retries/giving-up", "relay/retries", "giving-up"},
		{"relay/retries/givingup", "relay/retries", "giving-up"}, // site slugs drop dashes differently
		{"relay/retries/", "relay/retries", ""},
		{"https://workos.com/docs/relay/retries/x/backoff", "relay/retries", "backoff"},
		{"relay/retries/no-such-section", "", ""}, // a typo is not a section
		{"relay/retrie", "", ""},
		{"nothing/here", "", ""},
	} {
		p, a, ok := c.Resolve(tc.in)
		got := ""
		if ok {
			got = p.Path
		}
		if got != tc.page || a != tc.anchor || ok != (tc.page != "") {
			t.Errorf("Resolve(%q) = %q, %q, %v; want %q, %q", tc.in, got, a, ok, tc.page, tc.anchor)
		}
	}
}

func TestLinkURL(t *testing.T) {
	c := loadFixture(t)
	for _, tc := range []struct{ from, dest, want string }{
		{"relay/retries", "#backoff", "https://workos.com/docs/relay/retries#backoff"},
		{"relay", "/relay/retries", "https://workos.com/docs/relay/retries"},
		{"relay", "/docs/relay/retries.mdx#x", "https://workos.com/docs/relay/retries#x"},
		{"relay", "https://workos.com/docs/relay/", "https://workos.com/docs/relay"},
		{"relay", "https://workos.com/blog/post", "https://workos.com/blog/post"},
		{"relay", "mailto:help@example.com", "mailto:help@example.com"},
		{"relay", "//cdn.example.com/x.png", "//cdn.example.com/x.png"},
		{"relay/retries", "../glossary", "https://workos.com/docs/glossary"},
		{"relay/retries", "signing", "https://workos.com/docs/relay/signing"},
		{"relay/retries", "../../../../etc/passwd", "https://workos.com/docs/etc/passwd"},
	} {
		if got := c.linkURL(tc.from, tc.dest); got != tc.want {
			t.Errorf("linkURL(%q, %q) = %q, want %q", tc.from, tc.dest, got, tc.want)
		}
	}
}

func TestNotices(t *testing.T) {
	c := loadFixture(t)
	for _, tc := range []struct{ file, contains string }{
		{"docs/relay/signing.mdx", "frontmatter YAML"},
		{"docs/relay/empty.mdx", "empty"},
		{"docs/relay/junk.mdx", "binary"},
		{"docs/relay/legacy.mdx", "UTF-8"},
		{"docs/relay/unterminated.mdx", "no closing ---"},
		{"docs/relay/concepts.mdx", "RetryCalculator"},
		{"changelogs/broken.json", "malformed"},
	} {
		found := false
		for _, n := range c.Notices {
			found = found || n.File == tc.file && strings.Contains(n.Message, tc.contains)
		}
		if !found {
			t.Errorf("no notice on %s containing %q", tc.file, tc.contains)
		}
	}
	for _, path := range []string{"relay/signing", "relay/empty", "relay/junk", "relay/legacy", "relay/unterminated"} {
		p := mustPage(t, c, path)
		if len(p.Notices) == 0 || !strings.HasPrefix(p.Markdown, "> **Note:**") {
			t.Errorf("%s: want notices and a note on top, got %q / %.60q", path, p.Notices, p.Markdown)
		}
	}
	if p := mustPage(t, c, "relay/legacy"); !strings.Contains(p.Markdown, "\uFFFD") {
		t.Errorf("invalid bytes not replaced: %q", p.Markdown)
	}
	if p := mustPage(t, c, "relay/retries"); len(p.Notices) != 0 || strings.Contains(p.Markdown, "\r") {
		t.Errorf("CRLF page: notices %q, markdown %q", p.Notices, p.Markdown)
	}
}

func TestChangelog(t *testing.T) {
	c := loadFixture(t)
	var got []string
	for _, e := range c.Changelog {
		got = append(got, e.Date+" "+e.Title+" "+e.Package)
	}
	want := []string{
		"2025-06-10 Hooks API quill-platform",
		"2025-03-02 Relay retries quill-platform",
		"2024-11-20 First light quill-platform", // package taken from the file name
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changelog\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAPIReference(t *testing.T) {
	c := loadFixture(t)
	create := mustPage(t, c, "reference/hooks/hook/create")
	if create.API == nil {
		t.Fatal("create: no API attached")
	}
	if mustPage(t, c, "relay").API != nil {
		t.Error("relay: API attached to a page without reference data")
	}
	goMD := c.Markdown(create, "go")
	for _, want := range []string{"hooks.CreateHook", "A hook that Quill delivers", "carries deadlines"} { // tokens from other files
		if !strings.Contains(goMD, want) {
			t.Errorf("go Markdown lacks %q:\n%s", want, goMD)
		}
	}
	if strings.Contains(goMD, "<CodeBlock") || goMD == create.Markdown {
		t.Errorf("go Markdown not specific:\n%s", goMD)
	}
	// Entries no CodeBlock showed are appended, links made canonical.
	hook := mustPage(t, c, "reference/hooks/hook")
	last := hook.Sections[len(hook.Sections)-1]
	body := hook.Markdown[last.Start:last.End]
	if last.Heading != apiHeading || !strings.Contains(body, "Identifier of the hook") {
		t.Errorf("hook page: last section %q:\n%s", last.Heading, body)
	}
}

func TestMarkdownConcurrent(t *testing.T) {
	c := loadFixture(t)
	p := mustPage(t, c, "reference/hooks/hook/create")
	want := map[string]string{}
	for _, l := range []string{"", "go", "js", "curl"} {
		want[l] = c.Markdown(p, l)
	}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, l := range []string{"", "go", "js", "curl"} {
				if got := c.Markdown(p, l); got != want[l] {
					t.Errorf("goroutine %d lang %q: result differs", i, l)
				}
			}
		}()
	}
	wg.Wait()
	if c.Markdown(p, "golang") != want["go"] {
		t.Error("language aliases differ")
	}
	if c.Markdown(nil, "go") != "" {
		t.Error("Markdown(nil) not empty")
	}
}

func TestAreaAndChildren(t *testing.T) {
	c := loadFixture(t)
	if a := c.Area("/relay/signing"); a == nil || a.Title != "Relay" {
		t.Errorf("Area(relay/signing) = %+v", a)
	}
	if a := c.Area("glossary"); a == nil || a.Title != "Relay" {
		t.Errorf("Area(glossary) follows the nav: %+v", a)
	}
	if got := len(c.Children("")); got != len(c.Nav) {
		t.Errorf("Children(\"\") = %d", got)
	}
	if ch := c.Children("relay"); len(ch) != 3 || ch[0].Title != "Getting Started" {
		t.Errorf("Children(relay) = %+v", ch)
	}
	if ch := c.Children("reference/hooks/hook"); len(ch) != 2 {
		t.Errorf("Children(reference/hooks/hook) = %+v", ch)
	}
	if c.Children("no/such") != nil {
		t.Error("Children of a missing path")
	}
}

func TestLoadDeterministic(t *testing.T) {
	a, err := Load(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	b := loadFixture(t)
	ja, _ := json.Marshal(a.Nav)
	jb, _ := json.Marshal(b.Nav)
	if string(ja) != string(jb) || len(a.Notices) != len(b.Notices) {
		t.Error("two loads of the same corpus differ")
	}
}
