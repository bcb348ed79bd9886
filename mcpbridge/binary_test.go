package mcpbridge

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
)

// TestBinaryOverStdio builds the real program and talks to it as Claude Code
// does: spawn `workos-docs-tui --mcp --docs DIR`, initialize, call tools.
func TestBinaryOverStdio(t *testing.T) {
	bin := builtBinary(t)
	docsDir, err := filepath.Abs("testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("first sync fails", func(t *testing.T) {
		// No corpus and an unreachable registry: initialize still answers at
		// once and tools explain the failure instead of hanging.
		env := []string{"WORKOS_DOCS_REGISTRY=http://127.0.0.1:1/", "WORKOS_DOCS_DIR="}
		c, err := client.NewStdioMCPClient(bin, env, "--mcp", "--docs", t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		ir := mcp.InitializeRequest{}
		ir.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "0"}
		if _, err := c.Initialize(t.Context(), ir); err != nil {
			t.Fatal(err)
		}
		txt := fails(t, c, "workos_search", map[string]any{"query": "sso"})
		mustContain(t, txt, "not available", "sync")
	})
	for _, v := range protocols {
		c, err := client.NewStdioMCPClient(bin, nil, "--mcp", "--docs", docsDir)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		c = client.NewClient(c.GetTransport(), versionOpts(v)...)
		ir := mcp.InitializeRequest{}
		ir.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "0"}
		t0 := time.Now()
		if _, err := c.Initialize(t.Context(), ir); err != nil {
			t.Fatalf("%s: initialize: %v", v, err)
		}
		t.Logf("protocol %q: initialize answered in %s", v, time.Since(t0))
		mustContain(t, ok(t, c, "workos_search", map[string]any{"query": "login flows"}), "path: sso/login-flows")
		mustContain(t, ok(t, c, "workos_docs", map[string]any{"path": "sso/login-flows"}), "Identity provider initiated")
		txt := fails(t, c, "workos_docs", map[string]any{"path": "../../README"})
		mustNotContain(t, txt, "SENTINEL-OUTSIDE-CORPUS")
	}
}
