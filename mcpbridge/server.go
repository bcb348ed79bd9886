// Package mcpbridge serves the WorkOS docs model over the Model Context
// Protocol (mark3labs/mcp-go): drop-in tools of @workos/mcp-docs-server and
// better ones, resources, over stdio or streamable HTTP. It asks package docs
// for everything and never reads files or parses MDX itself.
package mcpbridge

import (
	"context"
	"fmt"
	"io"
	"log"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// Options configure the server.
type Options struct {
	Version string // program version, reported as serverInfo.version
	// CorpusVersion and CorpusDate name the corpus in the instructions, which
	// are sent before the corpus has loaded; the caller reads them from the manifest.
	CorpusVersion, CorpusDate string
	Log                       *log.Logger // nil: discard
}

// Bridge holds what the handlers share: the corpus source and per-corpus caches.
type Bridge struct {
	src  *Source
	opts Options
	log  *log.Logger

	topicsOnce sync.Once
	topics     []topic // examples per top-level area, built on first use
}

// Server is the MCP server with what its transports need beyond mcp-go: the
// corpus source (for /healthz) and the message checks of rpcfilter.go.
type Server struct {
	*server.MCPServer
	bridge *Bridge
}

// Source is the corpus the server serves; Swap on it to serve a newer one.
func (s *Server) Source() *Source { return s.bridge.src }

// NewServer builds the MCP server over src.
func NewServer(src *Source, o Options) *Server {
	if o.Version == "" {
		o.Version = "dev"
	}
	b := &Bridge{src: src, opts: o, log: o.Log}
	if b.log == nil {
		b.log = log.New(io.Discard, "", 0)
	}
	defs := b.toolDefs()
	s := server.NewMCPServer("workos-docs", o.Version,
		server.WithTitle("WorkOS docs"),
		server.WithToolCapabilities(false),
		server.WithResourceCapabilities(false, false),
		server.WithPromptCapabilities(false),
		server.WithInstructions(instructions(o)),        // replaced per answer by instructionHooks
		server.WithToolHandlerMiddleware(b.recoverTool), // outermost: catches panics anywhere below
		server.WithResourceRecovery(),
		server.WithToolHandlerMiddleware(b.guard),
		server.WithToolHandlerMiddleware(argNormalizer(defs)),
		server.WithPaginationLimit(paginationLimit),
		server.WithHooks(b.hooks()),
	)
	s.AddTools(serverTools(defs)...)
	b.addResources(s)
	addPrompts(s)
	return &Server{MCPServer: s, bridge: b}
}

// hooks start the deferred load and name the corpus now served in the
// instructions: after a swap, new clients see the new version.
func (b *Bridge) hooks() *server.Hooks {
	h := startLoadingHooks(b.src)
	h.AddAfterInitialize(func(_ context.Context, _ any, _ *mcp.InitializeRequest, r *mcp.InitializeResult) {
		r.Instructions = b.instructions()
	})
	h.AddAfterDiscover(func(_ context.Context, _ any, _ *mcp.DiscoverRequest, r *mcp.DiscoverResult) {
		r.Instructions = b.instructions()
	})
	return h
}

// instructions are the routing text for the corpus now served; before it has
// loaded, for the corpus the caller named.
func (b *Bridge) instructions() string {
	o := b.opts
	if c := b.src.Current(); c != nil {
		if c.Manifest.Version != "" {
			o.CorpusVersion = c.Manifest.Version
		}
		if len(c.Manifest.SyncedAt) >= 10 {
			o.CorpusDate = c.Manifest.SyncedAt[:10]
		}
	}
	return instructions(o)
}

// startLoadingHooks start a deferred corpus load once the handshake is
// answered (initialize era) or at the first other request (stateless era).
func startLoadingHooks(src *Source) *server.Hooks {
	h := &server.Hooks{}
	h.AddAfterInitialize(func(context.Context, any, *mcp.InitializeRequest, *mcp.InitializeResult) { src.Start() })
	h.AddBeforeAny(func(_ context.Context, _ any, m mcp.MCPMethod, _ any) {
		if m != mcp.MethodInitialize {
			src.Start()
		}
	})
	return h
}

// readOnly overrides mcp.NewTool's defaults (writes, destructive, open world):
// every tool here only reads a local corpus.
func readOnly(title string) []mcp.ToolOption {
	return []mcp.ToolOption{
		mcp.WithTitleAnnotation(title),
		mcp.WithReadOnlyHintAnnotation(true),
		mcp.WithDestructiveHintAnnotation(false),
		mcp.WithIdempotentHintAnnotation(true),
		mcp.WithOpenWorldHintAnnotation(false),
	}
}

// instructions route the model to the right tool; ≤ 1k characters.
func instructions(o Options) string {
	corpus := "WorkOS developer docs"
	if o.CorpusVersion != "" {
		corpus += " " + o.CorpusVersion
	}
	if o.CorpusDate != "" {
		corpus += " (synced " + o.CorpusDate + ")"
	}
	return corpus + `, served offline from a local copy.
- workos_search: any question, feature, error text or identifier. Returns ranked pages with path, section and URL.
- workos_docs(path): read a page as Markdown. Long pages come in parts: pass section= (anchor or heading) or the offset= the footer gives.
- workos_api(name): one API method or endpoint in any spelling (getProfileAndToken, get_profile_and_token, "GET /sso/profile"); language= for one SDK.
- workos_list(path?): browse the navigation tree.
- workos_examples(example): code samples for a feature.
- workos_changelogs(package="workos"): platform changelog.
Paths are slash-separated without extension, e.g. "sso/login-flows", "reference/sso/connection/get"; https://workos.com/docs/… URLs work too. Cite the canonical URL given with each result.`
}

// recoverTool turns a handler panic into an isError result the model can
// read (server.WithRecovery would make it a protocol error), and logs it.
func (b *Bridge) recoverTool(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (res *mcp.CallToolResult, err error) {
		defer func() {
			if r := recover(); r != nil {
				b.log.Printf("panic in %s: %v\n%s", req.Params.Name, r, debug.Stack())
				res, err = mcp.NewToolResultError(fmt.Sprintf("Internal error in %s; the server is still running. Try other arguments or another tool.", req.Params.Name)), nil
			}
		}()
		return next(ctx, req)
	}
}

// guard waits for the corpus and turns loading failures into a tool error the
// model can read, so no handler sees a nil corpus.
func (b *Bridge) guard(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		if _, err := b.src.Corpus(ctx); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return mcp.NewToolResultError("The WorkOS docs corpus is not available: " + err.Error() +
				"\nRun `workos-docs-tui sync` (or pass --docs DIR) and restart the server."), nil
		}
		return next(ctx, req)
	}
}

// corpus is the loaded corpus; guard has already waited for it.
func (b *Bridge) corpus(ctx context.Context) *docs.Corpus {
	c, _ := b.src.Corpus(ctx)
	return c
}

// label names the corpus in result headers: "@workos/mcp-docs-server 0.2.0
// (synced 2026-02-17)", from the manifest, else what the caller found at startup.
func (b *Bridge) label(c *docs.Corpus) string {
	v, d := b.opts.CorpusVersion, b.opts.CorpusDate
	if c.Manifest.Version != "" {
		v = strings.TrimSpace(c.Manifest.Package + " " + c.Manifest.Version)
	}
	if len(c.Manifest.SyncedAt) >= 10 {
		d = c.Manifest.SyncedAt[:10]
	}
	switch {
	case v != "" && d != "":
		return fmt.Sprintf("%s (synced %s)", v, d)
	case v != "":
		return v
	case d != "":
		return "synced " + d
	}
	return "local copy"
}
