package mcpbridge

import (
	"regexp"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
)

// Site links address a section as a sub-path ("glossary/acs-url"); they name
// the page and act as section= when none is given.
func TestDocsSubPathNamesASection(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, p := range []string{"glossary/assertion-consumer-url", "https://workos.com/docs/glossary/assertion-consumer-url", "workos-docs://glossary/assertion-consumer-url"} {
			txt := ok(t, c, "workos_docs", map[string]any{"path": p})
			mustContain(t, txt, "# Glossary", "Source: https://workos.com/docs/glossary#assertion-consumer-url", "Section: Assertion consumer URL", "posts its signed answer")
			mustNotContain(t, txt, "system of record")
		}
		txt := ok(t, c, "workos_docs", map[string]any{"path": "sso/login-flows/identity-provider-initiated"})
		mustContain(t, txt, "Section: Identity provider initiated")
		// An explicit section wins over the one in the path.
		txt = ok(t, c, "workos_docs", map[string]any{"path": "glossary/assertion-consumer-url", "section": "Directory provider"})
		mustContain(t, txt, "Section: Directory provider", "system of record")
		// A typo is not taken for the parent page.
		mustContain(t, fails(t, c, "workos_docs", map[string]any{"path": "glossary/assertion-consumer-ur"}), "No page")
		// A real folder still lists its pages.
		mustContain(t, ok(t, c, "workos_docs", map[string]any{"path": "reference/sso"}), "folder")
	})
}

var relLink = regexp.MustCompile(`\]\(/`)

func TestAPILinksAreCanonical(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, lang := range []string{"", "python"} {
			txt := ok(t, c, "workos_api", map[string]any{"name": "fetchConnection", "language": lang})
			mustContain(t, txt, "](https://workos.com/docs/sso/login-flows)")
			if relLink.MatchString(txt) {
				t.Errorf("language %q: relative link in:\n%s", lang, txt)
			}
		}
	})
}

// One alias table for every tool, and one answer to a language the corpus lacks.
func TestLanguagesOneTableOneNote(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		calls := []struct {
			tool string
			args map[string]any
		}{
			{"workos_docs", map[string]any{"path": "sso"}},
			{"workos_api", map[string]any{"name": "fetchConnection"}},
			{"workos_examples", map[string]any{"example": "sso"}},
			{"workos_search", map[string]any{"query": "connection"}},
		}
		for _, cl := range calls {
			cl.args["language"] = "cobol"
			txt := ok(t, c, cl.tool, cl.args)
			mustContain(t, txt, `Unknown language "cobol"; languages: curl, js, python. Showing all languages.`)
			mustNotContain(t, txt, "Language: cobol")
		}
		res := call(t, c, "workos_search", map[string]any{"query": "connection", "language": "cobol"})
		var out searchOut
		structured(t, res, &out)
		if !strings.Contains(out.Note, "cobol") {
			t.Errorf("structured note %q", out.Note)
		}
		// Aliases only mcpbridge used to know, now in apiref.CanonicalLang.
		for lang, want := range map[string]string{"sh": "GET /connections/:id", "@workos/node": "sso.fetchConnection(id)", "python3": "sso.fetch_connection(connection_id)"} {
			txt := ok(t, c, "workos_api", map[string]any{"name": "fetchConnection", "language": lang})
			mustContain(t, txt, want)
			mustNotContain(t, txt, "Unknown language")
		}
		mustContain(t, ok(t, c, "workos_docs", map[string]any{"path": "reference/sso/connection/get", "language": "node"}), "Language: js")
	})
}

// Sections come from the docs model: its anchors (underscores kept, as
// mdx.Slug makes them), by anchor, heading or a loose guess.
func TestDocsSectionsAreTheModels(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, sec := range []string{"checking-redirect_uri-values", "Checking redirect_uri values", "#checking-redirect_uri-values", "redirect_uri values"} {
			txt := ok(t, c, "workos_docs", map[string]any{"path": "sso/login-flows", "section": sec})
			mustContain(t, txt, "Section: Checking redirect_uri values", "Source: https://workos.com/docs/sso/login-flows#checking-redirect_uri-values", "registered list")
			mustNotContain(t, txt, "Validate the state")
		}
		txt := fails(t, c, "workos_docs", map[string]any{"path": "sso/login-flows", "section": "zebra"})
		mustContain(t, txt, `section="checking-redirect_uri-values"`)
		// A language view has its own sections, indexing its own Markdown.
		txt = ok(t, c, "workos_docs", map[string]any{"path": "reference/sso/connection/get", "language": "python", "section": "fetch-a-connection"})
		mustContain(t, txt, "Section: Fetch a connection", "sso.fetch_connection(connection_id)", "**Returns**")
		mustNotContain(t, txt, "sso.fetchConnection(id)")
	})
}

// An offset inside the opening H1 (or at its end) is the start of the page:
// same title, heading printed once, no "continuing" line.
func TestDocsOffsetInsideTitleIsTheStart(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		start := ok(t, c, "workos_docs", map[string]any{"path": "integrations/acme-idp"})
		if !strings.HasPrefix(start, "# Acme identity provider\n") {
			t.Fatalf("start:\n%s", start)
		}
		for _, off := range []int{1, 5, len("# Acme identity provider\n")} {
			txt := ok(t, c, "workos_docs", map[string]any{"path": "integrations/acme-idp", "offset": off})
			if txt != start {
				t.Errorf("offset %d differs from the start:\n%s\n--- start:\n%s", off, txt, start)
			}
		}
		// Past the title it is a continuation, under the same title.
		at := strings.Index(start, "## Configure Acme")
		if at < 0 {
			t.Fatal(start)
		}
		txt := ok(t, c, "workos_docs", map[string]any{"path": "integrations/acme-idp", "offset": len("# Acme identity provider\n\nAcme is")})
		if !strings.HasPrefix(txt, "# Acme identity provider\n") || strings.Count(txt, "Acme identity provider") != 1 {
			t.Errorf("continuation:\n%s", txt)
		}
		mustContain(t, txt, "(continuing at offset", "made-up provider")
	})
}

// With two spellings of one argument, precedence decides, not map order.
func TestAliasPrecedenceIsFixed(t *testing.T) {
	c := connect(t, testServer(t), "")
	for range 20 { // Go randomises map iteration: repeat to catch order dependence
		for _, tc := range []struct {
			args map[string]any
			want string
		}{
			{map[string]any{"question": "login flows", "q": "redirect targets"}, "redirect targets"},
			{map[string]any{"text": "login flows", "question": "redirect targets", "term": "connection"}, "redirect targets"},
			{map[string]any{"Query": "connection", "q": "login flows"}, "connection"},
			{map[string]any{"query": "login flows", "Query": "connection", "q": "x"}, "login flows"},
		} {
			var out searchOut
			structured(t, call(t, c, "workos_search", tc.args), &out)
			if out.Query != tc.want {
				t.Fatalf("%v: query %q, want %q", tc.args, out.Query, tc.want)
			}
		}
	}
}

// Partials (a "_" segment) are pages for the TUI but have no web URL: tools
// that list or cite pages leave them out.
func TestPartialsAreNotListed(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		for _, tc := range []struct {
			tool string
			args map[string]any
		}{
			{"workos_examples", map[string]any{"example": "sso"}},
			{"workos_examples", map[string]any{"example": "list"}},
			{"workos_examples", map[string]any{"example": "browser provider"}},
			{"workos_list", map[string]any{"path": "sso", "depth": 3}},
			{"workos_list", map[string]any{"depth": 3}},
			{"workos_docs", map[string]any{"path": "sso/redirect-targets"}},
		} {
			mustNotContain(t, ok(t, c, tc.tool, tc.args), "_diagrams")
		}
		// The sso area has 3 real pages and 2 code blocks; the partial's are not counted.
		mustContain(t, ok(t, c, "workos_examples", map[string]any{"example": "list"}), "2 code blocks in 3 pages")
	})
}

func TestPrompts(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		ps, err := c.ListPrompts(t.Context(), mcp.ListPromptsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range ps.Prompts {
			names = append(names, p.Name)
		}
		if strings.Join(names, ",") != "workos_integrate,workos_troubleshoot" {
			t.Fatalf("prompts %v", names)
		}
		for name, args := range map[string]map[string]string{
			"workos_integrate":    {"feature": "directory sync"},
			"workos_troubleshoot": {"error": "invalid_grant: code expired"},
		} {
			req := mcp.GetPromptRequest{}
			req.Params.Name = name
			req.Params.Arguments = args
			res, err := c.GetPrompt(t.Context(), req)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			txt := res.Messages[0].Content.(mcp.TextContent).Text
			for _, v := range args {
				mustContain(t, txt, v)
			}
			mustContain(t, txt, "workos_search", "workos_docs", "workos_api")
		}
	})
}

// A section that fits is shown whole: no contents list, no continuation for
// the blank line after it.
func TestDocsSmallSectionIsWhole(t *testing.T) {
	c := connect(t, testServer(t), "")
	for _, sec := range []string{"assertion-consumer-url", "directory-provider"} {
		txt := ok(t, c, "workos_docs", map[string]any{"path": "glossary", "section": sec})
		mustNotContain(t, txt, "Continue:", "Contents")
	}
}
