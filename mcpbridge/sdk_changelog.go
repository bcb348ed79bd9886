package mcpbridge

import (
	"fmt"
	"path"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// sdkGuide finds a synced SDK package by what agents pass: its npm name
// ("@workos-inc/node"), its page ("sdks/node") or its short name ("node",
// "authkit-nextjs").
func sdkGuide(c *docs.Corpus, raw string) (docs.SDKGuide, bool) {
	k := strings.ToLower(strings.TrimSpace(raw))
	if k == "" {
		return docs.SDKGuide{}, false
	}
	for _, g := range c.SDKs {
		if strings.ToLower(g.Package) == k || g.Page == k || path.Base(g.Page) == k ||
			strings.TrimPrefix(strings.ToLower(g.Package), "@") == k {
			return g, true
		}
	}
	return docs.SDKGuide{}, false
}

// sdkChangelog answers workos_changelogs for an SDK package: its shipped
// CHANGELOG.md split into release entries (the changelog's top headings),
// paged like the platform feed; or a plain statement that it ships none.
func sdkChangelog(g docs.SDKGuide, limit, off int, query string) *mcp.CallToolResult {
	var w strings.Builder
	fmt.Fprintf(&w, "# %s changelog\n", g.Package)
	if strings.TrimSpace(g.Changelog) == "" {
		fmt.Fprintf(&w, "`%s` %s ships no changelog in its npm package.", g.Package, g.Version)
		if g.Repository != "" {
			fmt.Fprintf(&w, " Its release notes are on the repository: %s/releases", g.Repository)
		}
		fmt.Fprintf(&w, "\nIts README is the page %s (workos_docs(path=%s)).\n", g.Page, quote(g.Page))
		return mcp.NewToolResultText(w.String())
	}
	entries := changelogEntries(g.Changelog)
	words := strings.Fields(strings.ToLower(query))
	var match []string
	for _, e := range entries {
		text := strings.ToLower(e)
		all := true
		for _, wd := range words {
			all = all && strings.Contains(text, wd)
		}
		if all {
			match = append(match, e)
		}
	}
	fmt.Fprintf(&w, "From `%s` %s (the CHANGELOG.md it ships).\n", g.Package, g.Version)
	if len(match) == 0 || off >= len(match) {
		fmt.Fprintf(&w, "No entries%s; the changelog has %s.\n", map[bool]string{true: " matching " + quote(query)}[query != ""], plural(len(entries), "entry"))
		return mcp.NewToolResultText(w.String())
	}
	end := min(off+limit, len(match))
	var body strings.Builder
	i := off
	for ; i < end; i++ {
		part, whole := capText(match[i], changelogBudget)
		if !whole {
			part += "…\n"
		}
		if i > off && body.Len()+len(part) > changelogBudget {
			break
		}
		body.WriteString("\n" + part)
	}
	fmt.Fprintf(&w, "%s, newest first (%d–%d shown):\n", plural(len(match), "entry"), off+1, i)
	w.WriteString(body.String())
	if i < len(match) {
		fmt.Fprintf(&w, "\nMore: workos_changelogs(package=%s, offset=%d)\n", quote(g.Package), i)
	}
	return mcp.NewToolResultText(w.String())
}

// changelogEntries splits a changelog at its top-level release headings.
func changelogEntries(md string) []string {
	top := 7
	fence := false
	for line := range strings.SplitSeq(md, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "```") {
			fence = !fence
		}
		if n := headingLevel(line); !fence && n > 0 && n < top {
			top = n
		}
	}
	var out []string
	var cur strings.Builder
	fence = false
	for line := range strings.SplitSeq(md, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "```") {
			fence = !fence
		}
		if !fence && headingLevel(line) == top && strings.TrimSpace(cur.String()) != "" {
			out = append(out, strings.TrimSpace(cur.String())+"\n")
			cur.Reset()
		}
		cur.WriteString(line + "\n")
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimSpace(cur.String())+"\n")
	}
	return out
}

func headingLevel(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(line) || line[n] != ' ' {
		return 0
	}
	return n
}
