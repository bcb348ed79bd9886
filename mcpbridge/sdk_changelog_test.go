package mcpbridge

import (
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

func resultText(r *mcp.CallToolResult) string {
	var b strings.Builder
	for _, c := range r.Content {
		if t, ok := c.(mcp.TextContent); ok {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestSDKChangelog(t *testing.T) {
	with := docs.SDKGuide{SDKManifest: docs.SDKManifest{Package: "@acme/gizmo", Version: "2.0.0", Page: "sdks/gizmo"},
		Changelog: "## 2.0.0\n\n- Spins twice.\n\n```\n## not a release\n```\n\n## 1.0.0\n\n- First spin.\n"}
	without := docs.SDKGuide{SDKManifest: docs.SDKManifest{Package: "@acme/bare", Version: "1.1.0", Page: "sdks/bare",
		Repository: "https://github.com/acme/bare"}}
	c := &docs.Corpus{SDKs: []docs.SDKGuide{without, with}}
	for _, k := range []string{"@acme/gizmo", "@ACME/Gizmo", "sdks/gizmo", "gizmo", "acme/gizmo"} {
		if g, ok := sdkGuide(c, k); !ok || g.Package != "@acme/gizmo" {
			t.Errorf("sdkGuide(%q) = %v %v", k, g.Package, ok)
		}
	}
	if _, ok := sdkGuide(c, "python"); ok {
		t.Error("a package that was not synced matched")
	}

	got := resultText(sdkChangelog(with, 1, 0, ""))
	if !strings.Contains(got, "Spins twice.") || strings.Contains(got, "First spin.") ||
		!strings.Contains(got, "2 entries") || !strings.Contains(got, `offset=1`) {
		t.Errorf("first page:\n%s", got)
	}
	if got := resultText(sdkChangelog(with, 5, 0, "first")); !strings.Contains(got, "First spin.") || strings.Contains(got, "Spins twice.") {
		t.Errorf("query:\n%s", got)
	}
	got = resultText(sdkChangelog(without, 10, 0, ""))
	if !strings.Contains(got, "ships no changelog") || !strings.Contains(got, "https://github.com/acme/bare/releases") {
		t.Errorf("no changelog:\n%s", got)
	}
}
