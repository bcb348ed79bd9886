package mcpbridge

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// Budgets in tokens (chars/4): the default stays under Claude Code's 10k warning.
const (
	docsDefaultTokens = 8000
	docsMaxTokens     = 20000
	docsMinTokens     = 300
	tocMaxEntries     = 40
	maxRelated        = 8
)

func (b *Bridge) docsDef() toolDef {
	return toolDef{tool: docsTool(), handle: b.handleDocs, aliases: []string{
		"url=path", "slug=path", "page=path", "doc=path", "id=path", "uri=path", "href=path",
		"anchor=section", "heading=section", "lang=language", "sdk=language",
		"tokens=maxTokens", "budget=maxTokens", "maxtokenbudget=maxTokens", "startindex=offset", "start=offset", "cursor=offset",
	}}
}

// docsOut is workos_docs's structuredContent. Clients that show the model only
// structuredContent (Claude Code, Codex) need the page itself, so text holds
// the same Markdown as the text content; the other fields let an agent page
// through without parsing it.
type docsOut struct {
	Path       string `json:"path"`
	Title      string `json:"title"`
	Kind       string `json:"kind" jsonschema:"page (a part of a page), folder (a path that is no page: its pages are listed) or end (offset past the end)"`
	URL        string `json:"url,omitempty"`
	Section    string `json:"section,omitempty" jsonschema:"anchor of the section shown"`
	Language   string `json:"language,omitempty"`
	Stack      string `json:"stack,omitempty" jsonschema:"the frontend,backend choice the page is shown for"`
	Offset     int    `json:"offset" jsonschema:"where this part starts in the page Markdown"`
	End        int    `json:"end" jsonschema:"where this part ends"`
	Length     int    `json:"length" jsonschema:"end of the page or section"`
	Tokens     int    `json:"tokens" jsonschema:"approximate tokens of the whole page or section"`
	NextOffset int    `json:"nextOffset,omitempty" jsonschema:"offset of the next part; absent on the last part"`
	Next       string `json:"next,omitempty" jsonschema:"the call that reads the next part"`
	Text       string `json:"text" jsonschema:"the Markdown shown, as in the text content"`
}

func docsResult(out docsOut) *mcp.CallToolResult {
	return mcp.NewToolResultStructured(out, out.Text)
}

func docsTool() mcp.Tool {
	t := mcp.NewTool(ToolDocs, append(readOnly("Read a WorkOS docs page"),
		mcp.WithDescription(`Read a WorkOS docs page as Markdown by path, e.g. "sso/login-flows" or "reference/sso/connection/get". Long pages come in parts with a contents list and a continuation call; a folder path lists its pages.`),
		mcp.WithString("path", mcp.Required(), mcp.Description("Page path without extension, or a https://workos.com/docs URL")),
		mcp.WithString("section", mcp.Description("Only this section: its anchor or heading")),
		mcp.WithString("language", mcp.Description("Show code for one SDK: node, python, ruby, go, java, php, dotnet, curl")),
		mcp.WithString("stack", mcp.Description(stackHelp())),
		mcp.WithNumber("offset", mcp.Description("Resume at this offset (from a previous part's Continue line)")),
		mcp.WithNumber("maxTokens", mcp.DefaultNumber(docsDefaultTokens), mcp.Description("Budget for this part, 300-20000 (default 8000)")),
		outputSchema[docsOut](),
	)...)
	t.Meta = &mcp.Meta{AdditionalFields: map[string]any{"anthropic/maxResultSizeChars": 100000}}
	return t
}

func (b *Bridge) handleDocs(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := b.corpus(ctx)
	raw := strArg(req, "path")
	if raw == "" {
		return mcp.NewToolResultError(`path is required, e.g. workos_docs(path="sso"). Top-level areas: ` + strings.Join(c.Areas(), ", ")), nil
	}
	p, key, anchor, err := resolvePath(c, raw)
	if err != nil {
		return mcp.NewToolResultError(refusal(raw)), nil
	}
	section, _ := capText(strArg(req, "section"), maxArgChars)
	if section == "" {
		section = anchor // "#anchor" or a site sub-path such as glossary/acs-url
	}
	lang, note := language(c, req)
	st, err := docs.ParseStack(strArg(req, "stack"))
	if err != nil {
		return mcp.NewToolResultError(oneLine(err.Error())), nil
	}
	budget := intArg(req, "maxTokens", docsDefaultTokens, docsMinTokens, docsMaxTokens) * 4

	if p == nil {
		if list := folderListing(c, key); list != "" {
			return docsResult(docsOut{Path: key, Title: key, Kind: "folder", Text: list}), nil
		}
		return mcp.NewToolResultError(notFound(c, key)), nil
	}
	v := c.ViewWith(p, lang, st)
	md, secs := v.Markdown, v.Sections
	lo, hi := 0, len(md)
	var picked *docs.Section
	if section != "" {
		i := v.Guess(section)
		if i < 0 {
			return mcp.NewToolResultError(noSection(p, secs, section)), nil
		}
		picked = &secs[i]
		lo, hi, _ = v.Span(i)
	}
	from := lo
	if off := intArg(req, "offset", 0, 0, len(md)); off > lo {
		if off >= hi {
			return docsResult(docsOut{Path: p.Path, Title: p.Title, Kind: "end", URL: p.URL(), Offset: off, End: off, Length: hi,
				Text: fmt.Sprintf("Nothing after offset %d: %s ends at %d. Start again with workos_docs(path=%s).", off, p.Path, hi, quote(p.Path))}), nil
		}
		from = off
	}
	if !st.IsZero() {
		note += "Stack: " + st.String() + "\n"
	}
	out := docsOut{Path: p.Path, Kind: "page", Language: lang, Stack: st.String()}
	out.Text = b.renderPage(c, p, v, picked, lo, hi, from, budget, lang, note, st, &out)
	return docsResult(out), nil
}

// stackHelp describes the stack argument with the labels the docs use.
func stackHelp() string {
	fe, be := docs.StackOptions()
	return "Your frontend and/or backend, e.g. \"nextjs,nodejs\": options for other stacks fold into one line. Frontends: " +
		strings.Join(fe, ", ") + "; backends: " + strings.Join(be, ", ")
}

// renderPage writes one part of a page: header, contents when cut, the body cut
// at a block boundary, the continuation call and related pages.
// The facts it states go into out as well.
func (b *Bridge) renderPage(c *docs.Corpus, p *docs.Page, v docs.View, picked *docs.Section, lo, hi, from, budget int, lang, note string, st docs.Stack, out *docsOut) string {
	md := v.Markdown
	var w strings.Builder
	total := docs.Tokens(md[lo:hi])
	title, head := pageTitle(p, v)
	if lo > 0 { // a section: its own heading line is part of the text shown
		head = lo
	}
	from = v.Snap(from) // snap first: "first part" is decided on a block boundary
	first := from <= head
	if first {
		from = head
	}
	fmt.Fprintf(&w, "# %s\n", title)
	url := p.URL()
	if picked != nil {
		url = docs.URL(p.Path, picked.Anchor)
	}
	out.Title, out.URL, out.Tokens, out.Length = title, url, total, hi
	if picked != nil {
		out.Section = picked.Anchor
	}
	fmt.Fprintf(&w, "Source: %s · Corpus: %s · ~%s tokens", url, b.label(c), commas(total))
	if lang != "" {
		fmt.Fprintf(&w, " · Language: %s", lang)
	}
	w.WriteString("\n")
	w.WriteString(note)
	if picked != nil {
		fmt.Fprintf(&w, "Section: %s\n", picked.Heading)
	}
	if p.Description != "" && first && picked == nil {
		fmt.Fprintf(&w, "\n> %s\n", oneLine(p.Description))
	}
	for _, n := range p.Notices {
		fmt.Fprintf(&w, "Note: %s\n", oneLine(n))
	}

	start, end := v.Cut(from, hi, budget, budget*2)
	if first && end < hi {
		if toc := contents(v, lo, hi, budget/3); toc != "" {
			w.WriteString(toc)
			start, end = v.Cut(from, hi, budget-len(toc), budget*2)
		}
	}
	out.Offset, out.End = start, end
	if !first {
		fmt.Fprintf(&w, "\n(continuing at offset %d)\n", start)
	}
	w.WriteString("\n")
	w.WriteString(strings.Trim(md[start:end], "\n"))
	w.WriteString("\n")

	if end < hi {
		call := "workos_docs(path=" + quote(p.Path)
		if picked != nil && picked.Anchor != "" {
			call += ", section=" + quote(picked.Anchor)
		}
		if lang != "" {
			call += ", language=" + quote(lang)
		}
		if !st.IsZero() {
			call += ", stack=" + quote(st.String())
		}
		call += fmt.Sprintf(", offset=%d)", end)
		out.Next, out.NextOffset = call, end
		fmt.Fprintf(&w, "\n---\nShown ~%s of ~%s tokens (offset %d–%d of %d). Continue: %s\n",
			commas(docs.Tokens(md[start:end])), commas(total), start, end, hi, call)
	} else {
		w.WriteString("\n---\n")
	}
	if rel := related(c, p); len(rel) > 0 {
		fmt.Fprintf(&w, "Related: %s\n", strings.Join(rel, " · "))
	}
	return w.String()
}

// pageTitle is the title of every part of a page and the end of its H1: the
// Markdown may open with the title as an H1, which is then printed once, as
// the title, and an offset inside it means the start of the page.
func pageTitle(p *docs.Page, v docs.View) (title string, head int) {
	title = p.Title
	if title == "" {
		title = p.Path
	}
	if bs := v.Blocks(); len(bs) > 0 && bs[0].Level == 1 {
		if i := v.At(bs[0].Start); i >= 0 && v.Sections[i].Heading != "" {
			title = v.Sections[i].Heading
		}
		head = bs[0].End
	}
	return title, head
}

// contents is the table of contents of md[lo:hi] with token sizes, shown when a
// page is cut so the model can jump to the section it needs.
func contents(v docs.View, lo, hi int, maxChars int) string {
	for maxLevel := 3; maxLevel >= 1; maxLevel-- {
		if toc := contentsAt(v, lo, hi, maxLevel); len(toc) <= maxChars {
			return toc
		}
	}
	return ""
}

func contentsAt(v docs.View, lo, hi int, maxLevel int) string {
	secs, md := v.Sections, v.Markdown
	var pick []int
	{
		pick = pick[:0]
		for i, s := range secs {
			if s.Level > 0 && s.Level <= maxLevel && s.Start >= lo && s.Start < hi {
				pick = append(pick, i)
			}
		}
	}
	if len(pick) == 0 {
		return ""
	}
	var w strings.Builder
	w.WriteString("\nContents (~tokens; read one with section=):\n")
	minLevel := 6
	for _, i := range pick {
		minLevel = min(minLevel, secs[i].Level)
	}
	for n, i := range pick {
		if n == tocMaxEntries {
			fmt.Fprintf(&w, "- … %d more\n", len(pick)-n)
			break
		}
		s := secs[i]
		a, z, _ := v.Span(i)
		fmt.Fprintf(&w, "%s- %s (~%s) section=%s\n", strings.Repeat("  ", s.Level-minLevel), s.Heading,
			commas(docs.Tokens(md[a:min(z, hi)])), quote(s.Anchor))
	}
	return w.String()
}

// related lists up to maxRelated neighbours from the navigation tree: the
// parent, then siblings; pages outside the nav fall back to their folder.
func related(c *docs.Corpus, p *docs.Page) []string {
	var out []string
	seen := map[string]bool{p.Path: true}
	add := func(path, title string) {
		if path == "" || seen[path] || len(out) >= maxRelated || pageOf(c, path) == nil {
			return
		}
		seen[path] = true
		if title != "" {
			out = append(out, fmt.Sprintf("%s (%s)", path, title))
		} else {
			out = append(out, path)
		}
	}
	if n := p.Nav; n != nil {
		for par := n.Parent; par != nil; par = par.Parent {
			if par.Path != "" {
				add(par.Path, par.Title)
				break
			}
		}
		if n.Parent != nil {
			for _, s := range n.Parent.Children {
				add(s.Path, s.Title)
			}
		}
		for _, ch := range n.Children {
			add(ch.Path, ch.Title)
		}
		return out
	}
	dir := p.Path[:max(strings.LastIndexByte(p.Path, '/'), 0)]
	if dir != "" {
		if d := pageOf(c, dir); d != nil {
			add(d.Path, d.Title)
		}
	}
	for _, q := range c.Pages {
		if partial(q.Path) {
			continue
		}
		if q.Path[:max(strings.LastIndexByte(q.Path, '/'), 0)] == dir && strings.Contains(q.Path, "/") == (dir != "") {
			add(q.Path, q.Title)
		}
	}
	return out
}

// folderListing answers a path that is a folder but not a page ("reference/sso"
// when it has no index) with its children; "" if no page lives under it.
func folderListing(c *docs.Corpus, key string) string {
	kids := folderChildren(c, key)
	if len(kids) == 0 {
		return ""
	}
	var w strings.Builder
	name := key
	if name == "" {
		name = "WorkOS docs"
	}
	fmt.Fprintf(&w, "# %s\n%s is a folder, not a page. It holds:\n\n", name, quote(key))
	for i, k := range kids {
		if i == 200 {
			fmt.Fprintf(&w, "- … %d more (use workos_list(path=%s, offset=200))\n", len(kids)-i, quote(key))
			break
		}
		line := "- " + k.path
		if k.title != "" {
			line += " — " + k.title
		}
		if n := k.pages; n > 1 || k.title == "" {
			line += fmt.Sprintf(" (%s)", plural(n, "page"))
		}
		w.WriteString(line + "\n")
	}
	fmt.Fprintf(&w, "\nRead one with workos_docs(path=%s).\n", quote(kids[0].path))
	return w.String()
}

// folderChild is one entry under a folder: a page or a sub-folder.
type folderChild struct {
	path, title string // title "" for a sub-folder with no page of its own
	pages       int    // pages at or below it
}

// folderChildren lists what lives under key, in corpus order.
func folderChildren(c *docs.Corpus, key string) []folderChild {
	var kids []folderChild
	idx := map[string]int{}
	prefix := key + "/"
	if key == "" {
		prefix = ""
	}
	for _, p := range c.Pages {
		rest, ok := strings.CutPrefix(p.Path, prefix)
		if !ok || rest == "" || partial(rest) {
			continue
		}
		seg, _, deeper := strings.Cut(rest, "/")
		cp := prefix + seg
		i, ok := idx[cp]
		if !ok {
			i = len(kids)
			idx[cp] = i
			kids = append(kids, folderChild{path: cp})
		}
		if !deeper {
			kids[i].title = p.Title
		}
		kids[i].pages++
	}
	return kids
}

// notFound explains a miss with close paths and the top-level areas.
func notFound(c *docs.Corpus, key string) string {
	var w strings.Builder
	shown, _ := capText(key, 120)
	fmt.Fprintf(&w, "No page %s in the WorkOS docs.\n", quote(shown))
	if s := suggest(c, key, 6); len(s) > 0 {
		fmt.Fprintf(&w, "Similar paths: %s\n", strings.Join(s, ", "))
	}
	fmt.Fprintf(&w, "Top-level areas: %s\n", strings.Join(c.Areas(), ", "))
	words := strings.Join(strings.FieldsFunc(shown, func(r rune) bool { return r == '/' || r == '-' || r == '_' }), " ")
	fmt.Fprintf(&w, "Find pages with workos_search(query=%s) or browse with workos_list().\n", quote(words))
	return w.String()
}

// noSection lists a page's sections when the asked one is missing.
func noSection(p *docs.Page, secs []docs.Section, q string) string {
	var w strings.Builder
	shown, _ := capText(q, 80)
	fmt.Fprintf(&w, "No section %s in %s. Sections:\n", quote(shown), p.Path)
	n := 0
	for _, s := range secs {
		if s.Level == 0 || s.Level > 3 {
			continue
		}
		if n == 60 {
			w.WriteString("- …\n")
			break
		}
		fmt.Fprintf(&w, "- %s section=%s\n", s.Heading, quote(s.Anchor))
		n++
	}
	fmt.Fprintf(&w, "Or read the whole page: workos_docs(path=%s).\n", quote(p.Path))
	return w.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
