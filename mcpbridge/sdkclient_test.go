package mcpbridge

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/jsonschema-go/jsonschema"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// The official Go SDK as an independent client, over HTTP and over stdio
// with the built binary: every tool is called, workos_list on every path of
// the tree, and each structuredContent is validated against its tool's
// outputSchema with a JSON Schema validator (jsonschema-go). A tool that
// declares an outputSchema must send structuredContent on every success.

// sdkCorpus is the real corpus when WORKOS_DOCS_DIR names one, else the fixture.
func sdkCorpus(t *testing.T) (dir string, c *docs.Corpus) {
	t.Helper()
	if d := os.Getenv("WORKOS_DOCS_DIR"); d != "" {
		c, err := docs.Load(d)
		if err != nil {
			t.Fatal(err)
		}
		return d, c
	}
	d, err := filepath.Abs("testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	return d, fixture(t)
}

func TestGoSDKOverHTTP(t *testing.T) {
	_, c := sdkCorpus(t)
	ts := httptest.NewServer(HTTPHandler(NewServer(Loaded(c), Options{Version: "test"}), ""))
	defer ts.Close()
	cs := sdkConnect(t, &sdk.StreamableClientTransport{Endpoint: ts.URL + "/mcp", MaxRetries: -1})
	exerciseAll(t, cs, c)
}

func TestGoSDKOverStdio(t *testing.T) {
	bin := builtBinary(t)
	dir, c := sdkCorpus(t)
	cmd := exec.Command(bin, "--mcp", "--docs", dir)
	cmd.Stderr = os.Stderr
	cs := sdkConnect(t, &sdk.CommandTransport{Command: cmd})
	exerciseAll(t, cs, c)
}

func sdkConnect(t *testing.T, tr sdk.Transport) *sdk.ClientSession {
	t.Helper()
	cl := sdk.NewClient(&sdk.Implementation{Name: "go-sdk-test", Version: "0"}, nil)
	cs, err := cl.Connect(t.Context(), tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs
}

// exerciseAll calls every tool (hits and misses), lists every path, reads
// resources and gets both prompts through cs.
func exerciseAll(t *testing.T, cs *sdk.ClientSession, c *docs.Corpus) {
	ctx := t.Context()
	tools, err := cs.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	schemas := map[string]*jsonschema.Resolved{}
	for _, tl := range tools.Tools {
		if tl.OutputSchema == nil {
			continue
		}
		b, _ := json.Marshal(tl.OutputSchema)
		var s jsonschema.Schema
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatalf("%s outputSchema: %v", tl.Name, err)
		}
		rs, err := s.Resolve(nil)
		if err != nil {
			t.Fatalf("%s outputSchema does not resolve: %v", tl.Name, err)
		}
		schemas[tl.Name] = rs
	}
	for _, name := range []string{ToolSearch, ToolList, ToolDocs, ToolAPI} {
		if schemas[name] == nil {
			t.Errorf("%s declares no outputSchema", name)
		}
	}
	calls := 0
	callOK := func(tool string, args map[string]any, wantError bool) {
		t.Helper()
		calls++
		res, err := cs.CallTool(ctx, &sdk.CallToolParams{Name: tool, Arguments: args})
		if err != nil {
			t.Errorf("%s(%v): %v", tool, args, err)
			return
		}
		if res.IsError != wantError {
			t.Errorf("%s(%v): isError=%v, want %v", tool, args, res.IsError, wantError)
		}
		rs := schemas[tool]
		if res.IsError || rs == nil {
			return
		}
		if res.StructuredContent == nil {
			t.Errorf("%s(%v): no structuredContent although the tool declares an outputSchema", tool, args)
			return
		}
		b, _ := json.Marshal(res.StructuredContent)
		var v any
		json.Unmarshal(b, &v)
		if err := rs.Validate(v); err != nil {
			t.Errorf("%s(%v): structuredContent does not match the outputSchema: %v\n%s", tool, args, err, b)
		}
	}

	for _, q := range []string{"sso", "login flows", "zzzqqqxx", "directory sync user created"} {
		callOK(ToolSearch, map[string]any{"query": q}, false)
	}
	callOK(ToolSearch, map[string]any{"query": "sso", "maxResults": 2, "offset": 1}, false)
	callOK(ToolSearch, map[string]any{}, true)
	callOK(ToolDocs, map[string]any{"path": "sso"}, false)
	callOK(ToolDocs, map[string]any{"path": "sso", "maxTokens": 300}, false)
	callOK(ToolDocs, map[string]any{"path": "sso", "offset": 1 << 20}, false)
	callOK(ToolDocs, map[string]any{"path": "reference"}, false)
	callOK(ToolDocs, map[string]any{"path": "no/such/page"}, true)
	callOK(ToolDocs, map[string]any{"path": "../../README"}, true)
	callOK(ToolAPI, map[string]any{"name": "getProfileAndToken"}, !hasAPI(c, "getProfileAndToken"))
	callOK(ToolAPI, map[string]any{"name": "zzqq_nothing"}, true)
	callOK(ToolExamples, map[string]any{"example": "list"}, false)
	callOK(ToolExamples, map[string]any{"example": "sso"}, false)
	callOK(ToolChangelogs, map[string]any{"package": "workos"}, len(c.Changelog) == 0)
	callOK(ToolChangelogs, map[string]any{"package": "@workos/node"}, true)
	callOK(ToolList, map[string]any{"offset": 100000}, false)
	paths := treePaths(c)
	for _, p := range paths {
		callOK(ToolList, map[string]any{"path": p}, false)
	}
	callOK(ToolList, map[string]any{"path": "sso", "depth": 3}, false)
	t.Logf("%d calls, %d workos_list paths", calls, len(paths))

	if _, err := cs.ReadResource(ctx, &sdk.ReadResourceParams{URI: indexURI}); err != nil {
		t.Errorf("read %s: %v", indexURI, err)
	}
	if _, err := cs.ReadResource(ctx, &sdk.ReadResourceParams{URI: uriScheme + "sso"}); err != nil {
		t.Errorf("read sso: %v", err)
	}
	if _, err := cs.ReadResource(ctx, &sdk.ReadResourceParams{URI: uriScheme + "no/such/page"}); err == nil || !strings.Contains(err.Error(), "-32002") && !strings.Contains(strings.ToLower(err.Error()), "not found") {
		t.Errorf("read a missing page: %v, want resource not found", err)
	}
	for name, args := range map[string]map[string]string{"workos_integrate": {"feature": "sso"}, "workos_troubleshoot": {"error": "invalid_grant"}} {
		if _, err := cs.GetPrompt(ctx, &sdk.GetPromptParams{Name: name, Arguments: args}); err != nil {
			t.Errorf("prompt %s: %v", name, err)
		}
		if _, err := cs.GetPrompt(ctx, &sdk.GetPromptParams{Name: name}); err == nil {
			t.Errorf("prompt %s without its argument succeeded", name)
		}
	}
}

func hasAPI(c *docs.Corpus, name string) bool { return c.API != nil && len(c.API.Lookup(name)) > 0 }

// treePaths is every path a tree listing can lead to: every page and every
// folder above one (the folder-only paths included), sorted.
func treePaths(c *docs.Corpus) []string {
	seen := map[string]bool{}
	for _, p := range c.Pages {
		if partial(p.Path) {
			continue
		}
		parts := strings.Split(p.Path, "/")
		for i := range parts {
			seen[strings.Join(parts[:i+1], "/")] = true
		}
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
