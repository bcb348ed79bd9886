package mcpbridge

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

const listPage = 150 // entries per call, about 2k tokens

// listOut is workos_list's structuredContent, sent with every success: a
// tree level, a folder's pages, or a page with nothing below it (no entries,
// and read says how to open it).
type listOut struct {
	Path       string      `json:"path"`
	Title      string      `json:"title,omitempty"`
	Kind       string      `json:"kind" jsonschema:"tree (navigation entries), folder (pages under a path that is no page) or page (nothing below it)"`
	Total      int         `json:"total"`
	Offset     int         `json:"offset"`
	Entries    []listEntry `json:"entries"`
	NextOffset int         `json:"nextOffset,omitempty"`
	Read       string      `json:"read,omitempty" jsonschema:"the workos_docs call that reads this page"`
}

type listEntry struct {
	Path     string `json:"path,omitempty"` // "" for a group heading
	Title    string `json:"title"`
	Depth    int    `json:"depth"`
	Children int    `json:"children,omitempty"`
	Pages    int    `json:"pages,omitempty"` // in a folder listing: pages under this entry
}

func (b *Bridge) listDef() toolDef {
	return toolDef{tool: listTool(), handle: b.handleList, aliases: []string{
		"url=path", "slug=path", "page=path", "area=path", "levels=depth", "start=offset", "skip=offset",
	}}
}

func listTool() mcp.Tool {
	return mcp.NewTool(ToolList, append(readOnly("Browse the WorkOS docs tree"),
		mcp.WithDescription("List the WorkOS docs navigation tree: areas, groups and pages with their paths. Start at the root, then pass a path to go deeper."),
		mcp.WithString("path", mcp.Description(`Area or page to list under, e.g. "sso", "reference"; default the root`)),
		mcp.WithNumber("depth", mcp.DefaultNumber(1), mcp.Description("Levels to show, 1-3 (default 1)")),
		mcp.WithNumber("offset", mcp.Description("Entries to skip, for the next page")),
		outputSchema[listOut](),
	)...)
}

func (b *Bridge) handleList(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := b.corpus(ctx)
	raw := strArg(req, "path")
	key := ""
	if raw != "" && raw != "/" {
		k, err := listKey(raw)
		if err != nil {
			return mcp.NewToolResultError(refusal(raw)), nil
		}
		key = k
	}
	depth := intArg(req, "depth", 1, 1, 3)
	off := intArg(req, "offset", 0, 0, 1<<20)

	out := listOut{Path: key, Kind: "tree", Offset: off, Entries: []listEntry{}}
	roots := c.Children(key)
	var all []listEntry
	switch {
	case key == "":
		out.Title = "WorkOS docs"
	case len(roots) > 0:
		out.Title = key
		if p := pageOf(c, key); p != nil && p.Title != "" {
			out.Title = p.Title
		} else if a := c.Area(key); a != nil && a.Title != "" {
			out.Title = a.Title
		}
	default:
		if p := pageOf(c, key); p != nil && !hasChildren(c, key) {
			out.Path, out.Title, out.Kind, out.Offset = p.Path, p.Title, "page", 0
			out.Read = "workos_docs(path=" + quote(p.Path) + ")"
			return mcp.NewToolResultStructured(out, fmt.Sprintf("%s (%s) has no sub-pages. Read it with %s.", p.Path, p.Title, out.Read)), nil
		}
		all = folderEntries(c, key)
		if len(all) == 0 {
			return mcp.NewToolResultError(notFound(c, key)), nil
		}
		out.Title, out.Kind = key, "folder"
	}
	var walk func(ns []*docs.NavNode, d int)
	walk = func(ns []*docs.NavNode, d int) {
		for _, n := range ns {
			if hidden(n) {
				continue
			}
			e := listEntry{Path: n.Path, Title: n.Title, Depth: d, Children: shown(n.Children)}
			if key == "" && d == 1 && e.Path == "" {
				e.Path = docs.AreaKey(n) // top-level sections are addressed by their folder
				if d >= depth {
					all = append(all, e)
					continue
				}
			}
			all = append(all, e)
			// Groups have no page of their own: always open them, they cost no level.
			if n.Path == "" && !(key == "" && d == 1) {
				walk(n.Children, d+1)
			} else if d < depth {
				walk(n.Children, d+1)
			}
		}
	}
	if out.Kind == "tree" {
		walk(roots, 1)
	}
	out.Total = len(all)
	if off < len(all) {
		out.Entries = append(out.Entries, all[off:min(off+listPage, len(all))]...)
	}
	if off+len(out.Entries) < len(all) {
		out.NextOffset = off + len(out.Entries)
	}
	return mcp.NewToolResultStructured(out, renderList(out)), nil
}

// hidden is a nav entry not to list: a page the corpus lacks, a partial
// (no URL on the site), or a group holding only such entries.
func hidden(n *docs.NavNode) bool {
	switch {
	case n.Dangling:
		return true
	case n.Path != "":
		return partial(n.Path)
	}
	return len(n.Children) > 0 && shown(n.Children) == 0
}

func shown(ns []*docs.NavNode) int {
	k := 0
	for _, n := range ns {
		if !hidden(n) {
			k++
		}
	}
	return k
}

func renderList(out listOut) string {
	var w strings.Builder
	where := "the root"
	if out.Path != "" {
		where = out.Path
	}
	fmt.Fprintf(&w, "# %s\n%s under %s", out.Title, plural(out.Total, "entry"), where)
	if out.Kind == "folder" {
		w.WriteString(" (a folder, not a page)")
	}
	if len(out.Entries) == 0 && out.Offset > 0 {
		fmt.Fprintf(&w, "; none after offset %s. Start again with workos_list(path=%s).\n", commas(out.Offset), quote(out.Path))
		return w.String()
	}
	if out.Offset > 0 || out.NextOffset > 0 {
		fmt.Fprintf(&w, " (%d–%d shown)", out.Offset+1, out.Offset+len(out.Entries))
	}
	w.WriteString(":\n\n")
	for _, e := range out.Entries {
		ind := strings.Repeat("  ", e.Depth-1)
		more := ""
		if e.Children > 0 {
			more = fmt.Sprintf(" (+%d)", e.Children)
		}
		if e.Pages > 1 || (e.Pages > 0 && e.Title == "") {
			more = fmt.Sprintf(" (%s)", plural(e.Pages, "page"))
		}
		switch {
		case e.Path == "":
			fmt.Fprintf(&w, "%s- %s:\n", ind, e.Title)
		case e.Title == "":
			fmt.Fprintf(&w, "%s- %s%s\n", ind, e.Path, more)
		default:
			fmt.Fprintf(&w, "%s- %s — %s%s\n", ind, e.Path, e.Title, more)
		}
	}
	if out.NextOffset > 0 {
		fmt.Fprintf(&w, "\nMore: workos_list(path=%s, offset=%d)\n", quote(out.Path), out.NextOffset)
	}
	w.WriteString("\n(+N): entries below; go deeper with workos_list(path=…, depth=2). Read a page with workos_docs(path=…).\n")
	return w.String()
}

// folderEntries lists what lives under a path that is a folder but not a page
// ("reference/sso" when it has no index): one entry per child, nil if none.
func folderEntries(c *docs.Corpus, key string) []listEntry {
	var out []listEntry
	for _, k := range folderChildren(c, key) {
		out = append(out, listEntry{Path: k.path, Title: k.title, Depth: 1, Pages: k.pages})
	}
	return out
}
