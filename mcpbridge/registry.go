package mcpbridge

import (
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// Tool names. The first four are the drop-in contract of
// @workos/mcp-docs-server: configs and prompts out there name them.
const (
	ToolSearch     = "workos_search"
	ToolDocs       = "workos_docs"
	ToolExamples   = "workos_examples"
	ToolChangelogs = "workos_changelogs"
	ToolList       = "workos_list"
	ToolAPI        = "workos_api"
)

// toolDef is one tool, registered in one place: its contract (name,
// description, input and output schema, annotations), its handler and the
// argument names agents guess for it.
type toolDef struct {
	tool   mcp.Tool
	handle server.ToolHandlerFunc
	// aliases are "alias=canonical" in order of precedence: when an agent
	// sends two spellings of one argument, the earlier one wins, whatever the
	// JSON order. Names are compared after foldKey, so "max_results" and
	// "MaxResults" need no entry; such spellings of the canonical name itself
	// outrank every alias.
	aliases []string
}

// toolDefs is every tool the server offers, in tools/list order.
func (b *Bridge) toolDefs() []toolDef {
	return []toolDef{b.searchDef(), b.docsDef(), b.listDef(), b.apiDef(), b.examplesDef(), b.changelogsDef()}
}

func serverTools(defs []toolDef) []server.ServerTool {
	out := make([]server.ServerTool, len(defs))
	for i, d := range defs {
		out[i] = server.ServerTool{Tool: d.tool, Handler: d.handle}
	}
	return out
}
