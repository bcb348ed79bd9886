package mcpbridge

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

func (b *Bridge) apiDef() toolDef {
	return toolDef{tool: apiTool(), handle: b.handleAPI, aliases: []string{
		"method=name", "endpoint=name", "symbol=name", "query=name", "q=name", "id=name", "function=name",
		"lang=language", "sdk=language",
	}}
}

// apiOut is workos_api's structuredContent: the entry shown, the reference
// page it lives on and the other matches; text is the same Markdown as the
// text content, for clients that show the model only structuredContent.
type apiOut struct {
	Name      string     `json:"name" jsonschema:"the name asked for"`
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Page      string     `json:"page" jsonschema:"path of the reference page, for workos_docs"`
	URL       string     `json:"url,omitempty"`
	Languages []string   `json:"languages" jsonschema:"SDK languages this entry exists in"`
	Others    []apiMatch `json:"others" jsonschema:"other entries matching the name"`
	Text      string     `json:"text"`
}

type apiMatch struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Page  string `json:"page"`
}

func apiTool() mcp.Tool {
	return mcp.NewTool(ToolAPI, append(readOnly("Look up a WorkOS API method"),
		mcp.WithDescription(`Look up a WorkOS API method, endpoint or object in any spelling: getProfileAndToken, get_profile_and_token, sso.getConnection(), "GET /connections/:id". Returns signature, parameters, returns and the reference page.`),
		mcp.WithString("name", mcp.Required(), mcp.Description("Method, endpoint, object or id")),
		mcp.WithString("language", mcp.Description("One SDK: node, python, ruby, go, java, php, dotnet, curl")),
		outputSchema[apiOut](),
	)...)
}

func (b *Bridge) handleAPI(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := b.corpus(ctx)
	name, _ := capText(strArg(req, "name"), maxArgChars)
	if name == "" {
		return mcp.NewToolResultError(`name is required, e.g. workos_api(name="getProfileAndToken") or workos_api(name="GET /organizations")`), nil
	}
	lang, note := language(c, req)
	var hits []apiref.Entry
	if c.API != nil {
		hits = c.API.Lookup(name)
	}
	if len(hits) == 0 {
		return mcp.NewToolResultError(apiMiss(c, name)), nil
	}
	var w strings.Builder
	if note != "" {
		w.WriteString(note + "\n")
	}
	first := hits[0]
	// RenderAPI makes links canonical, as in page bodies: a model cannot follow "/reference/…".
	body := c.RenderAPI(first.Page, first.ID, lang)
	if body == "" && lang != "" {
		fmt.Fprintf(&w, "(%s has no %s form. Showing all languages.)\n\n", first.Title, lang)
		body = c.RenderAPI(first.Page, first.ID, "")
	}
	if body == "" {
		body = fmt.Sprintf("## %s\n", first.Title)
	}
	w.WriteString(strings.TrimRight(body, "\n"))
	w.WriteString("\n\n")
	out := apiOut{Name: name, ID: first.ID, Title: first.Title, Page: first.Page, Languages: []string{}, Others: []apiMatch{}}
	if p := pageOf(c, first.Page); p != nil {
		out.URL = p.URL()
		fmt.Fprintf(&w, "Reference page: %s — %s · %s\n", p.Path, p.Title, p.URL())
	}
	var langs []string
	seen := map[string]bool{first.ID: true}
	var others []string
	for _, e := range hits {
		if e.ID == first.ID {
			if !contains(langs, e.Lang) {
				langs = append(langs, e.Lang)
			}
			continue
		}
		if seen[e.ID] || len(others) >= 6 {
			continue
		}
		seen[e.ID] = true
		out.Others = append(out.Others, apiMatch{ID: e.ID, Title: e.Title, Page: e.Page})
		others = append(others, fmt.Sprintf("%s (%s, id %s)", e.Title, e.Page, e.ID))
	}
	if lang == "" && len(langs) > 1 {
		fmt.Fprintf(&w, "Languages: %s. One SDK: workos_api(name=%s, language=%s)\n", strings.Join(langs, ", "), quote(first.ID), quote(langs[min(1, len(langs)-1)]))
	}
	if len(others) > 0 {
		fmt.Fprintf(&w, "Other matches: %s\n", strings.Join(others, "; "))
	}
	out.Languages = append(out.Languages, langs...)
	out.Text = w.String()
	return mcp.NewToolResultStructured(out, out.Text), nil
}

// apiMiss suggests reference pages for an unknown name.
func apiMiss(c *docs.Corpus, name string) string {
	var w strings.Builder
	fmt.Fprintf(&w, "No API method, endpoint or object matches %s.\n", quote(name))
	res := searchIn(c, name, search.Options{Limit: 5, Scope: "reference"})
	if len(res.Hits) > 0 {
		w.WriteString("Reference pages that mention it:\n")
		for _, h := range res.Hits {
			fmt.Fprintf(&w, "- %s — %s\n", h.Path, h.Title)
		}
	}
	if len(res.DidYouMean) > 0 {
		fmt.Fprintf(&w, "Did you mean: %s?\n", strings.Join(res.DidYouMean, ", "))
	}
	w.WriteString(`Spellings that work: getProfileAndToken, get_profile_and_token, sso.getConnection(), "GET /organizations". Or workos_search(query=…), or browse workos_list(path="reference").` + "\n")
	return w.String()
}
