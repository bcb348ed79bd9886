package mcpbridge

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
)

func TestSearch(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		res := call(t, c, "workos_search", map[string]any{"query": "login flows"})
		txt := textOf(t, res)
		if res.IsError {
			t.Fatal(txt)
		}
		var out searchOut
		structured(t, res, &out)
		if len(out.Results) == 0 || out.Results[0].Path != "sso/login-flows" {
			t.Fatalf("results %+v", out.Results)
		}
		// The text names the same pages, in the same order, as the structured copy.
		for _, h := range out.Results {
			mustContain(t, txt, "path: "+h.Path, h.URL)
			if !strings.HasPrefix(h.URL, "https://workos.com/docs/"+h.Path) {
				t.Errorf("url %s for %s", h.URL, h.Path)
			}
		}
		mustContain(t, txt, `workos_docs(path="sso/login-flows"`)
	})
}

func TestSearchAliasesAndLenientNumbers(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, args := range []map[string]any{
			{"q": "connection", "maxResults": "1"},
			{"question": "connection", "limit": 1.0},
			{"text": "connection", "max": "1.0"},
			{"query": "connection", "max_results": 1},
			{"Query": "connection", "MaxResults": 1},
		} {
			res := call(t, c, "workos_search", args)
			if res.IsError {
				t.Fatalf("%v: %s", args, textOf(t, res))
			}
			var out searchOut
			structured(t, res, &out)
			if len(out.Results) != 1 || out.Total < 2 {
				t.Errorf("%v: %d results of %d, want 1 of several", args, len(out.Results), out.Total)
			}
		}
		// The canonical name wins over an alias given alongside it.
		res := call(t, c, "workos_search", map[string]any{"query": "redirect targets", "q": "zzzz"})
		var out searchOut
		structured(t, res, &out)
		if out.Query != "redirect targets" {
			t.Errorf("query %q", out.Query)
		}
	})
}

func TestSearchPagingScopeAndEmpty(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		first := call(t, c, "workos_search", map[string]any{"query": "connection", "maxResults": 1})
		var a searchOut
		structured(t, first, &a)
		if a.NextOffset != 1 {
			t.Fatalf("nextOffset %d", a.NextOffset)
		}
		mustContain(t, textOf(t, first), `offset=1)`)
		second := call(t, c, "workos_search", map[string]any{"query": "connection", "maxResults": 1, "offset": 1})
		var b searchOut
		structured(t, second, &b)
		if len(b.Results) != 1 || b.Results[0].Path == a.Results[0].Path {
			t.Errorf("page 2 %+v after %+v", b.Results, a.Results)
		}

		res := call(t, c, "workos_search", map[string]any{"query": "connection", "scope": "reference"})
		var sc searchOut
		structured(t, res, &sc)
		for _, h := range sc.Results {
			if !strings.HasPrefix(h.Path, "reference/") {
				t.Errorf("scope leak: %s", h.Path)
			}
		}

		// Zero hits is a normal result that helps, not an error.
		txt := ok(t, c, "workos_search", map[string]any{"query": "qqqzzzxyzzy"})
		mustContain(t, txt, "No results", "workos_list", "sso")

		long := strings.Repeat("connection ", 500)
		txt = ok(t, c, "workos_search", map[string]any{"query": long})
		mustContain(t, txt, "cut to 1000")

		fails(t, c, "workos_search", map[string]any{})
		fails(t, c, "workos_search", map[string]any{"query": "sso", "scope": "../../etc"})
	})
}

func TestSearchSnippetsNameOnlyTheirPage(t *testing.T) {
	c := fixture(t)
	got := cleanSnippet(c, "see /sso/login-flows and https://evil.example/x or GET /connections/:id here", "sso")
	mustNotContain(t, got, "sso/login-flows", "evil.example")
	mustContain(t, got, "GET /connections/:id")
	if long := cleanSnippet(c, strings.Repeat("word ", 200), "sso"); len(long) > snippetChars+4 {
		t.Errorf("snippet %d bytes", len(long))
	}
}

func TestDocsSpellingsAndSections(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, p := range []string{"sso/login-flows", "/sso/login-flows", "https://workos.com/docs/sso/login-flows", "sso/login-flows.mdx", "SSO/Login-Flows", `sso\login-flows`, "workos-docs://sso/login-flows"} {
			txt := ok(t, c, "workos_docs", map[string]any{"path": p})
			mustContain(t, txt, "# Login flows", "Source: https://workos.com/docs/sso/login-flows · Corpus: fixture 1.0", "Service provider initiated", "Related: sso")
		}
		for _, args := range []map[string]any{
			{"path": "sso/login-flows#identity-provider-initiated"},
			{"path": "sso/login-flows", "section": "identity-provider-initiated"},
			{"url": "sso/login-flows", "heading": "Identity provider initiated"},
			{"slug": "sso/login-flows", "section": "identity provider"},
		} {
			txt := ok(t, c, "workos_docs", args)
			mustContain(t, txt, "Section: Identity provider initiated", "portal")
			mustNotContain(t, txt, "redirects the browser")
		}
		txt := fails(t, c, "workos_docs", map[string]any{"path": "sso/login-flows", "section": "nonexistent part"})
		mustContain(t, txt, "No section", `section="service-provider-initiated"`)
	})
}

var fenceLine = regexp.MustCompile("(?m)^\\s*```")

func TestDocsBudgetContinuation(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		full := ok(t, c, "workos_docs", map[string]any{"path": "events", "maxTokens": 20000})
		mustNotContain(t, full, "Continue:")
		var parts []string
		next := regexp.MustCompile(`Continue: workos_docs\(path="events", offset=(\d+)\)`)
		args := map[string]any{"path": "events", "maxTokens": 400}
		for i := 0; ; i++ {
			if i > 50 {
				t.Fatal("continuation does not end")
			}
			txt := ok(t, c, "workos_docs", args)
			if len(txt) > 400*4*2 {
				t.Errorf("part %d: %d chars for a 400-token budget", i, len(txt))
			}
			if n := len(fenceLine.FindAllString(txt, -1)); n%2 != 0 {
				t.Errorf("part %d cuts a code fence (%d fence lines)", i, n)
			}
			if i == 0 {
				mustContain(t, txt, "Contents (~tokens", `section="session-events"`)
			}
			parts = append(parts, txt)
			m := next.FindStringSubmatch(txt)
			if m == nil {
				break
			}
			args = map[string]any{"path": "events", "maxTokens": "400", "offset": m[1]}
		}
		if len(parts) < 3 {
			t.Fatalf("only %d parts", len(parts))
		}
		joined := strings.Join(parts, "\n")
		for _, ev := range []string{"connection.created", "directory.deleted", "session.updated", "organization.activated", "role.activated"} {
			if !strings.Contains(joined, "### "+ev) {
				t.Errorf("event %s lost between parts", ev)
			}
		}
		mustContain(t, ok(t, c, "workos_docs", map[string]any{"path": "events", "offset": 999999}), "Nothing after offset")
	})
}

func TestDocsFolderAndMisses(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		txt := ok(t, c, "workos_docs", map[string]any{"path": "reference/sso"})
		mustContain(t, txt, "folder", "reference/sso/connection")
		txt = fails(t, c, "workos_docs", map[string]any{"path": "sso/login-flow"})
		mustContain(t, txt, "No page", "sso/login-flows", "Top-level areas:", "workos_search")
		txt = fails(t, c, "workos_docs", map[string]any{"path": "sso/overview"})
		mustContain(t, txt, "Top-level areas: events, glossary, integrations, reference, sso")
		fails(t, c, "workos_docs", map[string]any{})
		fails(t, c, "workos_docs", map[string]any{"path": strings.Repeat("a/", 400)})
	})
}

func TestPathTraversalRefused(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		// testdata/README.md sits beside the corpus: a server that joins paths onto
		// the file system (as the reference does) would show its sentinel.
		for _, p := range []string{"../../README", "../../../README", "../README.md", "/etc/passwd", "https://evil.example/x", `..\..\secrets`, "file:///etc/passwd",
			"sso/../../../etc/passwd", "~/.ssh/id_rsa", "C:\\Windows\\win.ini", "sso/%00"} {
			for tool, key := range map[string]string{"workos_docs": "path", "workos_list": "path"} {
				res := call(t, c, tool, map[string]any{key: p})
				txt := textOf(t, res)
				if !res.IsError && !strings.Contains(txt, "No page") {
					t.Errorf("%s(%q) served: %s", tool, p, txt)
				}
				mustNotContain(t, txt, "SENTINEL-OUTSIDE-CORPUS", "root:x:", "[extensions]")
			}
		}
		txt := fails(t, c, "workos_docs", map[string]any{"path": "../../../README"})
		mustContain(t, txt, "Refused")
		mustContain(t, fails(t, c, "workos_docs", map[string]any{"path": "https://evil.example/x"}), "Refused")
		mustContain(t, fails(t, c, "workos_docs", map[string]any{"path": "/etc/passwd"}), "Refused")
	})
}

func TestList(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		res := call(t, c, "workos_list", nil)
		var out listOut
		structured(t, res, &out)
		paths := map[string]bool{}
		for _, e := range out.Entries {
			paths[e.Path] = true
		}
		if !paths["sso"] || !paths["events"] {
			t.Fatalf("root entries %+v", out.Entries)
		}
		mustContain(t, textOf(t, res), "- sso — Single Sign-On")

		txt := ok(t, c, "workos_list", map[string]any{"path": "sso", "depth": "2"})
		mustContain(t, txt, "sso/login-flows — Login flows", "sso/redirect-targets")
		deep := call(t, c, "workos_list", map[string]any{"depth": 3})
		var d listOut
		structured(t, deep, &d)
		if d.Total <= out.Total {
			t.Errorf("depth 3 lists %d, depth 1 %d", d.Total, out.Total)
		}
		mustContain(t, textOf(t, deep), "integrations/acme-idp") // a page in no _navigation.mdx is still reachable
		paged := call(t, c, "workos_list", map[string]any{"depth": 3, "offset": d.Total - 1})
		var p listOut
		structured(t, paged, &p)
		if len(p.Entries) != 1 {
			t.Errorf("offset page %+v", p.Entries)
		}
		mustContain(t, ok(t, c, "workos_list", map[string]any{"path": "sso/login-flows"}), "no sub-pages")
		fails(t, c, "workos_list", map[string]any{"path": "nowhere/at-all"})
	})
}

func TestAPI(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, name := range []string{"fetchConnection", "fetch_connection", "sso.fetchConnection()", "GET /connections/:id"} {
			txt := ok(t, c, "workos_api", map[string]any{"name": name})
			mustContain(t, txt, "reference/sso/connection/get", "https://workos.com/docs/reference/sso/connection/get")
		}
		txt := ok(t, c, "workos_api", map[string]any{"method": "fetchConnection", "lang": "py"})
		mustContain(t, txt, "fetch_connection(connection_id)")
		mustNotContain(t, txt, "sso.fetchConnection(id)")
		txt = fails(t, c, "workos_api", map[string]any{"name": "launchRockets"})
		mustContain(t, txt, "No API method", "workos_search")
		fails(t, c, "workos_api", map[string]any{})
	})
}

func TestExamples(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, ex := range []string{"", "list"} {
			mustContain(t, ok(t, c, "workos_examples", map[string]any{"example": ex}), "- sso", "code block")
		}
		txt := ok(t, c, "workos_examples", map[string]any{"example": "sso"})
		mustContain(t, txt, "```js", "```python", "path: sso", "Setting up a connection")
		txt = ok(t, c, "workos_examples", map[string]any{"topic": "sso", "lang": "python"})
		mustContain(t, txt, "```python")
		mustNotContain(t, txt, "```js")
		txt = ok(t, c, "workos_examples", map[string]any{"example": "integrations"})
		mustContain(t, txt, "no inline code", "integrations/acme-idp")
		txt = ok(t, c, "workos_examples", map[string]any{"example": "events", "maxTokens": 300})
		mustContain(t, txt, "More: workos_examples(example=\"events\", offset=")
		fails(t, c, "workos_examples", map[string]any{"example": "../../etc/passwd"})
	})
}

func TestChangelogs(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, pkg := range []string{"workos", "platform", "workos-platform", "WorkOS", "@workos/platform"} {
			txt := ok(t, c, "workos_changelogs", map[string]any{"package": pkg})
			mustContain(t, txt, "3 entries", "Faster directory sync — 2026-01-20", "Connection health")
		}
		txt := ok(t, c, "workos_changelogs", map[string]any{"pkg": "workos", "limit": "1"})
		mustContain(t, txt, "Faster directory sync", `offset=1`)
		mustNotContain(t, txt, "Session controls")
		txt = ok(t, c, "workos_changelogs", map[string]any{"package": "workos", "since": "2025-10-01"})
		mustContain(t, txt, "2 entries")
		txt = ok(t, c, "workos_changelogs", map[string]any{"name": "workos", "query": "session"})
		mustContain(t, txt, "1 entry", "Session controls")
		for _, pkg := range []string{"@workos-inc/node", "node", "python", "workos-go"} {
			txt := fails(t, c, "workos_changelogs", map[string]any{"package": pkg})
			mustContain(t, txt, "no SDK changelogs", "workos-platform", `package="workos"`)
		}
		mustContain(t, fails(t, c, "workos_changelogs", map[string]any{"package": "../../secret"}), "Available: workos-platform")
	})
}

func TestConcurrentCalls(t *testing.T) {
	c := connect(t, testServer(t), "")
	errs := make(chan error, 64)
	for g := range 16 {
		go func() {
			var err error
			for i := range 4 {
				tool, args := "workos_search", map[string]any{"query": "connection"}
				switch (g + i) % 4 {
				case 1:
					tool, args = "workos_docs", map[string]any{"path": "events", "maxTokens": 500}
				case 2:
					tool, args = "workos_examples", map[string]any{"example": "list"}
				case 3:
					tool, args = "workos_api", map[string]any{"name": "fetchConnection"}
				}
				res := call(t, c, tool, args)
				if res.IsError {
					err = fmt.Errorf("%s: %s", tool, textOf(t, res))
				}
			}
			errs <- err
		}()
	}
	for range 16 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
