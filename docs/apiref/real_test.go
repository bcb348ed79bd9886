package apiref

import (
	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
	"go.yaml.in/yaml/v3"
)

// realSources loads the frontmatter of every page of the corpus named by
// WORKOS_DOCS_DIR, skipping the test when it is not set.
func realSources(tb testing.TB) []Source {
	tb.Helper()
	root := testcorpus.DocsFolder(tb)
	var srcs []Source
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".mdx") || strings.HasSuffix(p, ".md")) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		front, ok := frontmatter(string(data))
		if !ok {
			return nil
		}
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(front), &doc); err != nil {
			tb.Logf("%s: %v", p, err)
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		srcs = append(srcs, Source{Path: pagePath(rel), Front: &doc})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return srcs
}

// frontmatter is the text between a leading "---" line and the next one.
func frontmatter(s string) (string, bool) {
	s = strings.TrimPrefix(s, "\ufeff")
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return "", false
	}
	_, rest, _ := strings.Cut(s, "\n")
	for i := 0; i < len(rest); {
		j := strings.IndexByte(rest[i:], '\n')
		line := rest[i:]
		if j >= 0 {
			line = rest[i : i+j]
		}
		if strings.TrimRight(line, "\r ") == "---" {
			return rest[:i], true
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	return "", false
}

// pagePath is the design's page path: no extension, no trailing /index.
func pagePath(rel string) string {
	p := filepath.ToSlash(rel)
	p = strings.TrimSuffix(strings.TrimSuffix(p, ".mdx"), ".md")
	if p == "index" {
		return ""
	}
	return strings.TrimSuffix(p, "/index")
}

func TestRealCorpus(t *testing.T) {
	srcs := realSources(t)
	set, notices := Build(srcs)
	st := set.Stats()
	t.Logf("sources %d, stats %+v, notices %d, languages %v, symbols %d", len(srcs), st, len(notices), set.Languages(), len(set.Symbols()))
	for _, n := range notices {
		t.Logf("notice %s: %s", n.Path, n.Message)
	}
	if st.Unresolved != 0 {
		t.Errorf("%d unresolved tokens", st.Unresolved)
	}
	if st.Tokens < 1000 || st.Entries < 500 {
		t.Errorf("too little reference data found: %+v", st)
	}
	if l := set.Languages(); len(l) == 0 || l[0] != "curl" {
		t.Errorf("languages %v: want curl first", l)
	}
	md := set.Render("get_connection", "go")
	for _, want := range []string{"sso.GetConnection(ctx, opts)", "`opts.Connection`", "Unique identifier for the Connection"} {
		if !strings.Contains(md, want) {
			t.Errorf("Render(get_connection, go) lacks %q:\n%s", want, md)
		}
	}
	// Every entry renders as clean Markdown in its language and across languages.
	for _, sym := range set.Symbols() {
		assertClean(t, set.Render(sym.ID, sym.Lang))
		assertClean(t, set.Render(sym.ID, ""))
	}
	for q, id := range map[string]string{
		"getProfileAndToken":          "get_profile_and_token",
		"get_profile_and_token":       "get_profile_and_token",
		"SSO.GetProfileAndToken":      "get_profile_and_token",
		"sso.get_profile_and_token()": "get_profile_and_token",
		"GET /sso/profile":            "get_profile",
		"GET /connections/conn_123":   "get_connection",
		"DELETE /connections/{id}":    "delete_connection",
	} {
		got := set.Lookup(q)
		if len(got) == 0 || got[0].ID != id {
			first := ""
			if len(got) > 0 {
				first = got[0].ID
			}
			t.Errorf("Lookup(%q) first id %q, want %q", q, first, id)
		}
	}
}

func BenchmarkBuildReal(b *testing.B) {
	srcs := realSources(b)
	b.ReportAllocs()
	start, n := cputime.Process(), 0
	for b.Loop() {
		Build(srcs)
		n++
	}
	b.ReportMetric(float64(cputime.Process()-start)/float64(n)/1e6, "cpu-ms/op")
}

func BenchmarkLookupReal(b *testing.B) {
	set, _ := Build(realSources(b))
	set.Lookup("warm the index")
	queries := []string{"getProfileAndToken", "GET /connections/conn_123", "SSO.GetProfileAndToken", "listUsers", "organization"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		set.Lookup(queries[i%len(queries)])
		i++
	}
}

func BenchmarkRenderReal(b *testing.B) {
	set, _ := Build(realSources(b))
	b.ReportAllocs()
	for b.Loop() {
		set.Render("create_event", "java")
		set.Render("get_connection", "")
	}
}
