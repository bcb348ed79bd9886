package mcpbridge

import (
	"encoding/json"
	"fmt"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/mark3labs/mcp-go/mcp"
)

// outputSchema is a tool's outputSchema, made from the Go type its handler
// returns as structuredContent. The generator types a slice as ["null",
// "array"]; strict clients (the MCP Inspector's --strict) warn on union types,
// and the handlers never send null (they initialise slices or omit them), so
// every union with "null" becomes its other type.
func outputSchema[T any]() mcp.ToolOption {
	s, err := jsonschema.For[T](&jsonschema.ForOptions{})
	if err != nil {
		panic(fmt.Sprintf("output schema: %v", err)) // a programming error, caught by every test
	}
	dropNull(s)
	s.Type = "object" // MCP requires an object at the top
	raw, err := json.Marshal(s)
	if err != nil {
		panic(fmt.Sprintf("output schema: %v", err))
	}
	return mcp.WithRawOutputSchema(raw)
}

func dropNull(s *jsonschema.Schema) {
	if s == nil {
		return
	}
	if len(s.Types) == 2 && (s.Types[0] == "null" || s.Types[1] == "null") {
		s.Type = s.Types[0]
		if s.Type == "null" {
			s.Type = s.Types[1]
		}
		s.Types = nil
	}
	dropNull(s.Items)
	for _, p := range s.Properties {
		dropNull(p)
	}
	dropNull(s.AdditionalProperties)
}
