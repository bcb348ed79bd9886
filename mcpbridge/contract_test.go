package mcpbridge

import (
	"encoding/json"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/mark3labs/mcp-go/mcp"
)

// TestContract pins what clients see before they call anything: tools (names,
// descriptions, schemas, annotations), prompts and resource templates. A
// changed description or schema fails here; refresh the golden files with
// `go test ./mcpbridge -run TestContract -update` once the change is meant.
func TestContract(t *testing.T) {
	c := connect(t, testServer(t), mcp.ProtocolVersion20251125)
	pin := func(t *testing.T, v any) {
		t.Helper()
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden.RequireEqual(t, append(b, '\n'))
	}
	t.Run("tools", func(t *testing.T) {
		res, err := c.ListTools(t.Context(), mcp.ListToolsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		pin(t, res.Tools)
	})
	t.Run("prompts", func(t *testing.T) {
		res, err := c.ListPrompts(t.Context(), mcp.ListPromptsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		pin(t, res.Prompts)
	})
	t.Run("resource_templates", func(t *testing.T) {
		res, err := c.ListResourceTemplates(t.Context(), mcp.ListResourceTemplatesRequest{})
		if err != nil {
			t.Fatal(err)
		}
		pin(t, res.ResourceTemplates)
	})
}
