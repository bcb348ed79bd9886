package mcpbridge

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

const (
	uriScheme = "workos-docs://"
	indexURI  = uriScheme + "index"
)

// addResources serves pages for @-mentions: workos-docs://{+path} and an index.
// Tools stay primary; models rarely read resources unprompted.
func (b *Bridge) addResources(s *server.MCPServer) {
	s.AddResource(mcp.NewResource(indexURI, "WorkOS docs index",
		mcp.WithResourceDescription("Every page of the WorkOS docs: path and title"),
		mcp.WithMIMEType("text/markdown")), b.readIndex)
	s.AddResourceTemplate(mcp.NewResourceTemplate(uriScheme+"{+path}", "WorkOS docs page",
		mcp.WithTemplateDescription(`A WorkOS docs page as Markdown, e.g. workos-docs://sso/login-flows`),
		mcp.WithTemplateMIMEType("text/markdown")), b.readPage)
}

func (b *Bridge) readIndex(ctx context.Context, req mcp.ReadResourceRequest) ([]mcp.ResourceContents, error) {
	c, err := b.src.Corpus(ctx)
	if err != nil {
		return text(req, "The WorkOS docs corpus is not available: "+err.Error()), nil
	}
	var w strings.Builder
	fmt.Fprintf(&w, "# WorkOS docs index\nCorpus: %s · %s. Read one as %s<path>.\n\n", b.label(c), plural(len(c.Pages), "page"), uriScheme)
	for _, p := range c.Pages {
		fmt.Fprintf(&w, "- %s — %s\n", p.Path, p.Title)
	}
	return text(req, w.String()), nil
}

func (b *Bridge) readPage(ctx context.Context, req mcp.ReadResourceRequest) ([]mcp.ResourceContents, error) {
	c, err := b.src.Corpus(ctx)
	if err != nil {
		return text(req, "The WorkOS docs corpus is not available: "+err.Error()), nil
	}
	raw := templateArg(req.Params.Arguments["path"])
	p, key, _, err := resolvePath(c, raw)
	if err != nil {
		return text(req, refusal(raw)), nil
	}
	// A miss should be -32602 under 2026-07-28, but mcp-go v1.2.1 reports any
	// error a matched template's handler returns as -32603 (internal error),
	// which is worse: so a miss is text the reader can act on.
	if p == nil {
		if list := folderListing(c, key); list != "" {
			return text(req, list), nil
		}
		return text(req, notFound(c, key)+"Read "+indexURI+" for every path.\n"), nil
	}
	v := c.View(p, "")
	title, head := pageTitle(p, v)
	md := v.Markdown
	// The same header as workos_docs, so an @-mention cites the same URL.
	body := fmt.Sprintf("# %s\nSource: %s · Corpus: %s · ~%s tokens\n\n%s\n", title, p.URL(), b.label(c),
		commas(docs.Tokens(md)), strings.Trim(md[head:], "\n"))
	return text(req, body), nil
}

func text(req mcp.ReadResourceRequest, s string) []mcp.ResourceContents {
	return []mcp.ResourceContents{mcp.TextResourceContents{URI: req.Params.URI, MIMEType: "text/markdown", Text: s}}
}

// templateArg reads a URI template variable, which arrives as []string.
func templateArg(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []string:
		return strings.Join(x, "/")
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "/")
	}
	return ""
}
