package mcpbridge

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// addPrompts registers the slash commands clients offer (/mcp__workos-docs__…).
// The capability is advertised either way: prompts/list must answer, since
// some clients (opencode) treat -32601 as fatal.
func addPrompts(s *server.MCPServer) {
	s.AddPrompt(mcp.NewPrompt("workos_integrate",
		mcp.WithPromptTitle("Integrate a WorkOS feature"),
		mcp.WithPromptDescription("Plan and write a WorkOS integration for one feature, from the docs"),
		mcp.WithArgument("feature", mcp.RequiredArgument(), mcp.ArgumentDescription(`e.g. "sso", "directory sync", "authkit"`)),
	), integratePrompt)
	s.AddPrompt(mcp.NewPrompt("workos_troubleshoot",
		mcp.WithPromptTitle("Troubleshoot a WorkOS error"),
		mcp.WithPromptDescription("Find what the WorkOS docs say about an error message or code"),
		mcp.WithArgument("error", mcp.RequiredArgument(), mcp.ArgumentDescription("The error text, code or symptom")),
	), troubleshootPrompt)
}

func integratePrompt(_ context.Context, req mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
	f := promptArg(req, "feature", "the feature I need")
	text := fmt.Sprintf(`Help me integrate WorkOS %s into this project.
1. workos_search(query=%s) and read the main guide with workos_docs (pass section= for long pages).
2. Look up each SDK method you will call with workos_api(name=…, language=…) in this project's language.
3. Then write the integration: configuration, redirect/callback handling, error cases. Cite the docs URLs you used.`, f, quote(f))
	return mcp.NewGetPromptResult("Integrate WorkOS "+f, []mcp.PromptMessage{
		mcp.NewPromptMessage(mcp.RoleUser, mcp.NewTextContent(text)),
	}), nil
}

func troubleshootPrompt(_ context.Context, req mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
	e := promptArg(req, "error", "the error I see")
	text := fmt.Sprintf(`I get this from WorkOS: %s
1. workos_search(query=…) with the exact error text or code, then with its key words.
2. Read the matching sections with workos_docs(path=…, section=…); check the parameters involved with workos_api.
3. Explain the likely cause and the fix, citing the docs URLs. Say so if the docs do not cover it.`, e)
	return mcp.NewGetPromptResult("Troubleshoot a WorkOS error", []mcp.PromptMessage{
		mcp.NewPromptMessage(mcp.RoleUser, mcp.NewTextContent(text)),
	}), nil
}

// promptArg is a prompt argument, bounded, or def when it is missing.
func promptArg(req mcp.GetPromptRequest, key, def string) string {
	v, _ := capText(oneLine(req.Params.Arguments[key]), maxQueryChars)
	if strings.TrimSpace(v) == "" {
		return def
	}
	return v
}
