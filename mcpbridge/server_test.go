package mcpbridge

import (
	"context"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
)

func TestToolsAreReadOnlyAndDropIn(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		res, err := c.ListTools(t.Context(), mcp.ListToolsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string]mcp.Tool{}
		for _, tool := range res.Tools {
			byName[tool.Name] = tool
			a := tool.Annotations
			if a.Title == "" || a.ReadOnlyHint == nil || !*a.ReadOnlyHint || a.DestructiveHint == nil || *a.DestructiveHint ||
				a.IdempotentHint == nil || !*a.IdempotentHint || a.OpenWorldHint == nil || *a.OpenWorldHint {
				t.Errorf("%s: annotations %+v", tool.Name, a)
			}
			if len(tool.Description) > 300 {
				t.Errorf("%s: description %d chars", tool.Name, len(tool.Description))
			}
		}
		// The reference server's names and required parameters keep working.
		for name, param := range map[string]string{"workos_search": "query", "workos_docs": "path", "workos_examples": "example", "workos_changelogs": "package"} {
			tool, ok := byName[name]
			if !ok {
				t.Fatalf("missing %s", name)
			}
			if tool.InputSchema.Required == nil || tool.InputSchema.Required[0] != param || len(tool.InputSchema.Required) != 1 {
				t.Errorf("%s required = %v, want [%s]", name, tool.InputSchema.Required, param)
			}
		}
		if p, _ := byName["workos_search"].InputSchema.Properties["maxResults"].(map[string]any); p["type"] != "number" {
			t.Errorf("maxResults schema %v, want number", p)
		}
		if m := byName["workos_docs"].Meta; m == nil || m.AdditionalFields["anthropic/maxResultSizeChars"] == nil {
			t.Errorf("workos_docs lacks maxResultSizeChars meta")
		}
		for _, n := range []string{"workos_list", "workos_api"} {
			if _, ok := byName[n]; !ok {
				t.Errorf("missing %s", n)
			}
		}
	})
}

func TestInstructionsNameCorpusAndStayShort(t *testing.T) {
	s := testServer(t)
	c, err := client.NewInProcessClientWithOptions(s.MCPServer, client.WithProtocolVersion(mcp.ProtocolVersion20251125))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	ir := mcp.InitializeRequest{}
	ir.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "0"}
	res, err := c.Initialize(t.Context(), ir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Instructions) > 1000 {
		t.Errorf("instructions %d chars", len(res.Instructions))
	}
	mustContain(t, res.Instructions, "fixture 1.0", "2026-01-01", "workos_search", "workos_docs", "sso/login-flows")
}

func TestListsAnswerEvenWhenEmpty(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		if _, err := c.ListPrompts(t.Context(), mcp.ListPromptsRequest{}); err != nil {
			t.Errorf("prompts/list: %v", err)
		}
		rs, err := c.ListResources(t.Context(), mcp.ListResourcesRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rs.Resources) == 0 || rs.Resources[0].URI != indexURI {
			t.Errorf("resources %+v", rs.Resources)
		}
		ts, err := c.ListResourceTemplates(t.Context(), mcp.ListResourceTemplatesRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ts.ResourceTemplates) != 1 {
			t.Errorf("templates %+v", ts.ResourceTemplates)
		}
	})
}

func TestResources(t *testing.T) {
	eachProtocol(t, func(t *testing.T, c *client.Client) {
		read := func(uri string) string {
			req := mcp.ReadResourceRequest{}
			req.Params.URI = uri
			res, err := c.ReadResource(t.Context(), req)
			if err != nil {
				t.Fatalf("%s: %v", uri, err)
			}
			return res.Contents[0].(mcp.TextResourceContents).Text
		}
		mustContain(t, read(indexURI), "sso/login-flows — Login flows", "events")
		page := read("workos-docs://sso/login-flows")
		if !strings.HasPrefix(page, "# Login flows\nSource: https://workos.com/docs/sso/login-flows · Corpus: fixture 1.0") {
			t.Errorf("page resource header differs from workos_docs:\n%s", page)
		}
		mustContain(t, page, "Identity provider initiated")
		// The H1 a page opens with is the title, printed once, as in workos_docs.
		acme := read("workos-docs://integrations/acme-idp")
		if !strings.HasPrefix(acme, "# Acme identity provider\nSource: ") || strings.Count(acme, "Acme identity provider") != 1 {
			t.Errorf("acme resource:\n%s", acme)
		}
		mustContain(t, read("workos-docs://glossary/directory-provider"), "# Glossary", "system of record")
		mustContain(t, read("workos-docs://sso/nope"), "No page")
		mustContain(t, read("workos-docs://../../etc/passwd"), "Refused")
	})
}

func TestLoadingFailureIsAToolError(t *testing.T) {
	src := Loading(t.Context(), func(context.Context) (*docsCorpus, error) { return nil, errTestNoCorpus })
	c := connect(t, NewServer(src, Options{}), "")
	txt := fails(t, c, "workos_search", map[string]any{"query": "sso"})
	mustContain(t, txt, "not available", "no corpus here", "sync")
}

func TestHandlersWaitForLoading(t *testing.T) {
	release := make(chan struct{})
	src := Loading(t.Context(), func(context.Context) (*docsCorpus, error) {
		<-release
		return fixture(t), nil
	})
	c := connect(t, NewServer(src, Options{}), mcp.ProtocolVersion20251125) // initialize answered while loading
	if src.Ready() {
		t.Fatal("loaded too early")
	}
	done := make(chan string)
	go func() { done <- ok(t, c, "workos_docs", map[string]any{"path": "sso"}) }()
	close(release)
	mustContain(t, <-done, "Single Sign-On")
}

func TestPanicBecomesToolError(t *testing.T) {
	s := testServer(t)
	s.AddTool(mcp.NewTool("boom"), func(context.Context, mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		panic("kaboom")
	})
	c := connect(t, s, "")
	txt := fails(t, c, "boom", nil)
	mustNotContain(t, txt, "kaboom")
	if !strings.Contains(txt, "still running") {
		t.Errorf("text %q", txt)
	}
	ok(t, c, "workos_docs", map[string]any{"path": "sso"}) // and the server still serves
}
