package mcpbridge

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// searchOut is workos_search's structuredContent; the text says the same.
type searchOut struct {
	Query      string      `json:"query"`
	Total      int         `json:"total"`
	Offset     int         `json:"offset"`
	Results    []searchHit `json:"results"`
	DidYouMean []string    `json:"didYouMean,omitempty"`
	NextOffset int         `json:"nextOffset,omitempty"`
	Note       string      `json:"note,omitempty"` // e.g. an unknown language that was ignored
}

type searchHit struct {
	Rank    int    `json:"rank"`
	Path    string `json:"path"`
	Title   string `json:"title"`
	Section string `json:"section,omitempty"`
	Anchor  string `json:"anchor,omitempty"`
	URL     string `json:"url"`
	Snippet string `json:"snippet"`
}

const snippetChars = 240

func (b *Bridge) searchDef() toolDef {
	return toolDef{tool: searchTool(), handle: b.handleSearch, aliases: []string{
		"q=query", "question=query", "text=query", "search=query", "keywords=query", "term=query",
		"limit=maxResults", "max=maxResults", "n=maxResults", "k=maxResults", "count=maxResults", "topk=maxResults",
		"area=scope", "section=scope", "path=scope", "lang=language", "sdk=language", "skip=offset", "start=offset",
	}}
}

func searchTool() mcp.Tool {
	return mcp.NewTool(ToolSearch, append(readOnly("Search WorkOS docs"),
		mcp.WithDescription("Search the WorkOS docs (guides, API reference, events). Returns ranked pages with section, URL and snippet; read one with workos_docs(path)."),
		mcp.WithString("query", mcp.Required(), mcp.Description("Keywords, question, method name or error text")),
		mcp.WithNumber("maxResults", mcp.DefaultNumber(10), mcp.Description("Results to return, 1-50 (default 10)")),
		mcp.WithNumber("offset", mcp.Description("Results to skip, for the next page")),
		mcp.WithString("scope", mcp.Description(`Limit to an area or path prefix, e.g. "sso", "reference"`)),
		mcp.WithString("language", mcp.Description("SDK language to favour: node, python, ruby, go, java, php, dotnet, curl")),
		outputSchema[searchOut](),
	)...)
}

func (b *Bridge) handleSearch(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := b.corpus(ctx)
	q := strArg(req, "query")
	if q == "" {
		return mcp.NewToolResultError(`query is required, e.g. workos_search(query="saml connection")`), nil
	}
	q, whole := capText(q, maxQueryChars)
	n := intArg(req, "maxResults", 10, 1, 50)
	off := intArg(req, "offset", 0, 0, 10000)
	scope := ""
	if s := strArg(req, "scope"); s != "" {
		if checkPath(s) != nil {
			return mcp.NewToolResultError(refusal(s)), nil
		}
		scope = docs.NormPath(s)
	}
	lang, note := language(c, req)

	res := searchIn(c, q, search.Options{Limit: n, Offset: off, Scope: scope, Lang: lang})
	out := searchOut{Query: q, Total: res.Total, Offset: off, Results: []searchHit{}, DidYouMean: res.DidYouMean, Note: strings.TrimSpace(note)}
	for i, h := range res.Hits {
		out.Results = append(out.Results, searchHit{
			Rank: off + i + 1, Path: h.Path, Title: h.Title, Section: h.Section, Anchor: h.Anchor,
			URL: docs.URL(h.Path, h.Anchor), Snippet: cleanSnippet(c, h.Snippet, h.Path),
		})
	}
	if off+len(res.Hits) < res.Total {
		out.NextOffset = off + len(res.Hits)
	}
	text := renderSearch(c, out, scope, whole)
	return mcp.NewToolResultStructured(out, text), nil
}

func renderSearch(c *docs.Corpus, out searchOut, scope string, whole bool) string {
	var w strings.Builder
	if !whole {
		fmt.Fprintf(&w, "(query cut to %d characters)\n", maxQueryChars)
	}
	if out.Note != "" {
		w.WriteString(out.Note + "\n")
	}
	in := ""
	if scope != "" {
		in = " in " + quote(scope)
	}
	if len(out.Results) == 0 {
		if out.Total > 0 {
			fmt.Fprintf(&w, "No more results for %s%s: %s in total.\n", quote(out.Query), in, plural(out.Total, "result"))
			return w.String()
		}
		fmt.Fprintf(&w, "No results for %s%s.\n", quote(out.Query), in)
		if len(out.DidYouMean) > 0 {
			fmt.Fprintf(&w, "Did you mean: %s? Try workos_search(query=%s).\n", strings.Join(out.DidYouMean, ", "), quote(out.DidYouMean[0]))
		}
		w.WriteString("Try fewer or other words, an identifier (getProfileAndToken, dsync.user.created) or workos_api(name=…) for API methods.\n")
		fmt.Fprintf(&w, "Browse with workos_list(). Top-level areas: %s.\n", strings.Join(c.Areas(), ", "))
		return w.String()
	}
	fmt.Fprintf(&w, "%s for %s%s (%d–%d of %d):\n", plural(out.Total, "result"), quote(out.Query), in,
		out.Offset+1, out.Offset+len(out.Results), out.Total)
	for _, h := range out.Results {
		title := h.Title
		if h.Section != "" && !strings.EqualFold(h.Section, h.Title) {
			title += " › " + h.Section
		}
		fmt.Fprintf(&w, "\n%d. %s\n   path: %s · %s\n", h.Rank, title, h.Path, h.URL)
		if h.Snippet != "" {
			fmt.Fprintf(&w, "   %s\n", h.Snippet)
		}
	}
	first := out.Results[0]
	call := "workos_docs(path=" + quote(first.Path)
	if first.Anchor != "" {
		call += ", section=" + quote(first.Anchor)
	}
	fmt.Fprintf(&w, "\nRead one: %s).", call)
	if out.NextOffset > 0 {
		fmt.Fprintf(&w, " More: workos_search(query=%s, offset=%d).", quote(out.Query), out.NextOffset)
	}
	w.WriteString("\n")
	return w.String()
}

// pathish finds URL- and path-like tokens in snippet text.
var pathish = regexp.MustCompile(`[A-Za-z0-9_.:#?=%~+-]*/[A-Za-z0-9_./:#?=%~+-]*`)

// cleanSnippet keeps a snippet short and free of other pages' paths and URLs,
// so a result names exactly one page (agents and mcpbench read paths from text).
func cleanSnippet(c *docs.Corpus, s, self string) string {
	// Paths hold no spaces: only words with a slash go through the regexp
	// (it was a fifth of a search call's time when run on the whole snippet).
	words := strings.Fields(s)
	for i, word := range words {
		if strings.IndexByte(word, '/') < 0 {
			continue
		}
		words[i] = pathish.ReplaceAllStringFunc(word, func(tok string) string {
			if strings.Contains(tok, "://") {
				return "…"
			}
			if k := docs.NormPath(tok); k != self && k != "" && pageOf(c, k) != nil {
				return "…"
			}
			return tok
		})
	}
	s = strings.Join(words, " ")
	if len(s) > snippetChars {
		s, _ = capText(s, snippetChars)
		if i := strings.LastIndexByte(s, ' '); i > snippetChars*2/3 {
			s = s[:i]
		}
		s += "…"
	}
	return s
}
