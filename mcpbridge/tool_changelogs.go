package mcpbridge

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

const (
	platformPackage  = "workos-platform"
	changelogBudget  = 16000 // characters, ~4k tokens
	changeLineChars  = 600
	changesPerEntry  = 15
	changelogDefault = 10
)

// sdkNames are packages agents ask for that the corpus has no changelog of.
var sdkNames = []string{"node", "python", "ruby", "go", "golang", "java", "php", "dotnet", ".net", "laravel", "kotlin",
	"elixir", "react", "nextjs", "next", "remix", "authkit", "authkit-js", "authkit-react", "authkit-nextjs", "authkit-remix", "js", "javascript", "typescript", "cli"}

func (b *Bridge) changelogsDef() toolDef {
	return toolDef{tool: changelogsTool(), handle: b.handleChangelogs, aliases: []string{
		"name=package", "pkg=package", "sdk=package", "library=package", "product=package",
		"max=limit", "maxresults=limit", "n=limit", "count=limit", "from=since", "after=since",
		"q=query", "search=query",
	}}
}

func changelogsTool() mcp.Tool {
	return mcp.NewTool(ToolChangelogs, append(readOnly("WorkOS changelog"),
		mcp.WithDescription(`WorkOS changelog entries, newest first. package "workos" (or "platform", "workos-platform") is the platform changelog; an SDK's npm name (e.g. "@workos-inc/node") gives the changelog that SDK package ships, or says it ships none.`),
		mcp.WithString("package", mcp.Required(), mcp.Description(`"workos" for the platform changelog, or an SDK's npm package name`)),
		mcp.WithNumber("limit", mcp.DefaultNumber(changelogDefault), mcp.Description("Entries to return, 1-50 (default 10)")),
		mcp.WithString("since", mcp.Description("Only entries on or after this date, YYYY-MM-DD")),
		mcp.WithString("query", mcp.Description("Only entries mentioning these words")),
		mcp.WithNumber("offset", mcp.Description("Entries to skip, for the next page")),
	)...)
}

func (b *Bridge) handleChangelogs(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := b.corpus(ctx)
	raw, _ := capText(strArg(req, "package"), maxArgChars)
	limit := intArg(req, "limit", changelogDefault, 1, 50)
	off := intArg(req, "offset", 0, 0, 1<<20)
	since, _ := capText(strArg(req, "since"), 32)
	query, _ := capText(strArg(req, "query"), maxArgChars)
	pkg, ok := changelogPackage(c, raw)
	if !ok {
		if g, ok := sdkGuide(c, raw); ok {
			return sdkChangelog(g, limit, off, query), nil
		}
		return mcp.NewToolResultError(noChangelog(c, raw)), nil
	}
	words := strings.Fields(strings.ToLower(query))

	var match []docs.ChangelogEntry
	for _, e := range c.Changelog {
		if e.Package != pkg || (since != "" && e.Date < since) {
			continue
		}
		if len(words) > 0 {
			text := strings.ToLower(e.Title + " " + strings.Join(e.Changes, " "))
			all := true
			for _, w := range words {
				all = all && strings.Contains(text, w)
			}
			if !all {
				continue
			}
		}
		match = append(match, e)
	}
	var w strings.Builder
	fmt.Fprintf(&w, "# %s changelog\n", pkg)
	filter := ""
	if since != "" {
		filter += " since " + since
	}
	if query != "" {
		filter += " matching " + quote(query)
	}
	if len(match) == 0 {
		fmt.Fprintf(&w, "No entries%s. The feed has %s; try without filters.\n", filter, plural(countPkg(c, pkg), "entry"))
		return mcp.NewToolResultText(w.String()), nil
	}
	if off >= len(match) {
		fmt.Fprintf(&w, "No entries after offset %d: %s%s.\n", off, plural(len(match), "entry"), filter)
		return mcp.NewToolResultText(w.String()), nil
	}
	end := min(off+limit, len(match))
	body := strings.Builder{}
	i := off
	for ; i < end; i++ {
		part := renderEntry(match[i])
		if i > off && body.Len()+len(part) > changelogBudget {
			break
		}
		body.WriteString(part)
	}
	fmt.Fprintf(&w, "%s%s, newest first (%d–%d shown):\n", plural(len(match), "entry"), filter, off+1, i)
	w.WriteString(body.String())
	if i < len(match) {
		fmt.Fprintf(&w, "\nMore: workos_changelogs(package=%s, offset=%d)\n", quote(pkg), i)
	}
	return mcp.NewToolResultText(w.String()), nil
}

func renderEntry(e docs.ChangelogEntry) string {
	var w strings.Builder
	fmt.Fprintf(&w, "\n## %s — %s\n", e.Title, e.Date)
	if e.URL != "" {
		fmt.Fprintf(&w, "%s\n", e.URL)
	}
	for i, ch := range e.Changes {
		if i == changesPerEntry {
			fmt.Fprintf(&w, "- … %d more\n", len(e.Changes)-i)
			break
		}
		line, whole := capText(oneLine(ch), changeLineChars)
		if !whole {
			line += "…"
		}
		fmt.Fprintf(&w, "- %s\n", line)
	}
	return w.String()
}

// changelogPackage maps what agents pass to a feed of the corpus.
func changelogPackage(c *docs.Corpus, raw string) (string, bool) {
	k := strings.ToLower(strings.TrimSpace(raw))
	k = strings.TrimSuffix(strings.TrimPrefix(k, "@"), ".json")
	switch k {
	case "", "workos", "platform", "workos-platform", "workos/platform", "workos platform", "workos_platform", "all", "changelog", "api":
		return platformPackage, countPkg(c, platformPackage) > 0
	}
	for _, p := range packages(c) {
		if strings.EqualFold(p, k) {
			return p, true
		}
	}
	return "", false
}

func packages(c *docs.Corpus) []string {
	var out []string
	for _, e := range c.Changelog {
		if !contains(out, e.Package) {
			out = append(out, e.Package)
		}
	}
	return out
}

func countPkg(c *docs.Corpus, pkg string) int {
	n := 0
	for _, e := range c.Changelog {
		if e.Package == pkg {
			n++
		}
	}
	return n
}

// noChangelog explains a package the corpus has no feed for. SDK names get a
// plain statement that SDK changelogs are not in the corpus.
func noChangelog(c *docs.Corpus, raw string) string {
	var w strings.Builder
	shown, _ := capText(raw, 80)
	k := strings.ToLower(shown)
	sdk := strings.Contains(k, "workos-inc/") || strings.HasPrefix(k, "@workos/") || strings.HasPrefix(k, "workos-")
	base := k[strings.LastIndexAny(k, "/-")+1:]
	sdk = sdk || contains(sdkNames, k) || contains(sdkNames, base)
	if sdk {
		fmt.Fprintf(&w, "No changelog for %s: the WorkOS docs corpus has no SDK changelogs, only the platform changelog.\n", quote(shown))
	} else {
		fmt.Fprintf(&w, "No changelog for %s.\n", quote(shown))
	}
	pk := packages(c)
	if len(pk) == 0 {
		w.WriteString("This corpus has no changelog at all.\n")
		return w.String()
	}
	fmt.Fprintf(&w, "Available: %s", strings.Join(pk, ", "))
	if n := countPkg(c, platformPackage); n > 0 {
		latest := ""
		for _, e := range c.Changelog {
			if e.Package == platformPackage && e.Date > latest {
				latest = e.Date
			}
		}
		fmt.Fprintf(&w, " (%s, latest %s). Call workos_changelogs(package=\"workos\")", plural(n, "entry"), latest)
	}
	w.WriteString(".\nFor SDK release notes, see each SDK's repository releases.\n")
	return w.String()
}
