package mcpbridge

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

const (
	examplesDefaultTokens = 6000
	examplesMaxTokens     = 20000
)

// topic is a top-level area with how much inline code it holds.
type topic struct {
	area, title   string
	pages, blocks int
}

// codeBlock is a fenced block with the heading it sits under.
type codeBlock struct {
	page, title, heading, anchor, lang, text string
}

func (b *Bridge) examplesDef() toolDef {
	return toolDef{tool: examplesTool(), handle: b.handleExamples, aliases: []string{
		"name=example", "topic=example", "feature=example", "query=example", "q=example", "area=example",
		"lang=language", "sdk=language", "start=offset", "skip=offset",
	}}
}

func examplesTool() mcp.Tool {
	return mcp.NewTool(ToolExamples, append(readOnly("WorkOS code examples"),
		mcp.WithDescription(`Code examples from the WorkOS docs for a feature or page, e.g. "sso", "directory-sync", "authkit/sessions"; "list" shows the topics. Returns fenced code with the page and heading it comes from.`),
		mcp.WithString("example", mcp.Required(), mcp.Description(`Feature, area, page path or "list"`)),
		mcp.WithString("language", mcp.Description("Only this language: node, python, ruby, go, java, php, dotnet, curl")),
		mcp.WithNumber("offset", mcp.Description("Code blocks to skip, for the next page")),
		mcp.WithNumber("maxTokens", mcp.DefaultNumber(examplesDefaultTokens), mcp.Description("Budget, 300-20000 (default 6000)")),
	)...)
}

func (b *Bridge) handleExamples(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := b.corpus(ctx)
	ex, _ := capText(strArg(req, "example"), maxArgChars)
	lang, note := language(c, req)
	off := intArg(req, "offset", 0, 0, 1<<20)
	budget := intArg(req, "maxTokens", examplesDefaultTokens, docsMinTokens, examplesMaxTokens) * 4

	if ex == "" || strings.EqualFold(ex, "list") || ex == "*" || strings.EqualFold(ex, "all") {
		return mcp.NewToolResultText(b.renderTopics(c)), nil
	}
	if checkPath(ex) != nil {
		return mcp.NewToolResultError(refusal(ex)), nil
	}
	pages, how := b.examplePages(c, ex)
	var all []codeBlock
	for _, p := range pages {
		all = append(all, codeBlocks(p, c.View(p, lang))...)
	}
	shown := all
	langNote := ""
	if lang != "" {
		shown = shown[:0:0]
		for _, cb := range all {
			if fenceLang(cb.lang) == lang {
				shown = append(shown, cb)
			}
		}
		if len(shown) == 0 && len(all) > 0 {
			langNote = fmt.Sprintf("(No %s code here; showing every language.)\n", lang)
			shown = all
		}
	}
	var w strings.Builder
	fmt.Fprintf(&w, "# Code examples: %s\n", ex)
	w.WriteString(note)
	w.WriteString(langNote)
	if len(shown) == 0 {
		fmt.Fprintf(&w, "The corpus has no inline code for %s (%s). ", quote(ex), how)
		w.WriteString("Most WorkOS samples live in files the docs package does not ship; pages name them by title only.\n")
		writeSymbols(&w, c, pages, lang)
		if len(pages) > 0 {
			w.WriteString("Pages to read: ")
			for i, p := range pages[:min(6, len(pages))] {
				if i > 0 {
					w.WriteString(", ")
				}
				w.WriteString(p.Path)
			}
			w.WriteString("\n")
		}
		w.WriteString(`Topics with code: workos_examples(example="list").` + "\n")
		return mcp.NewToolResultText(w.String()), nil
	}
	fmt.Fprintf(&w, "%s from %s (%s).\n", plural(len(shown), "code block"), plural(countPages(shown), "page"), how)
	used, i := 0, off
	for ; i < len(shown); i++ {
		cb := shown[i]
		head := cb.title
		if cb.heading != "" && cb.heading != cb.title {
			head += " › " + cb.heading
		}
		part := fmt.Sprintf("\n## %s\npath: %s · %s\n\n%s\n", head, cb.page, docs.URL(cb.page, cb.anchor), strings.TrimRight(cb.text, "\n"))
		if used > 0 && used+len(part) > budget {
			break
		}
		w.WriteString(part)
		used += len(part)
	}
	if off >= len(shown) {
		fmt.Fprintf(&w, "\nNo code blocks after offset %d.\n", off)
	}
	writeSymbols(&w, c, pages, lang)
	if i < len(shown) {
		fmt.Fprintf(&w, "\nMore: workos_examples(example=%s, offset=%d)", quote(ex), i)
		if lang != "" {
			fmt.Fprintf(&w, " with language=%s", quote(lang))
		}
		w.WriteString("\n")
	}
	return mcp.NewToolResultText(w.String()), nil
}

// examplePages picks the pages for an example name: one page, an area, a nav
// section title, else the best search hits. how says which, for the reader.
func (b *Bridge) examplePages(c *docs.Corpus, ex string) ([]*docs.Page, string) {
	key := docs.NormPath(ex)
	if p := pageOf(c, key); p != nil && !hasChildren(c, key) && !partial(p.Path) {
		return []*docs.Page{p}, "page " + p.Path
	}
	for _, n := range c.Nav {
		if n.Path != "" && (strings.EqualFold(n.Title, ex) || docs.Slug(n.Title) == docs.Slug(ex)) {
			key = n.Path
		}
	}
	if under := pagesUnder(c, key); len(under) > 0 {
		return under, "pages under " + key
	}
	res := searchIn(c, ex, search.Options{Limit: 8})
	var out []*docs.Page
	for _, h := range res.Hits {
		if p := pageOf(c, h.Path); p != nil && !partial(p.Path) {
			out = append(out, p)
		}
	}
	return out, "pages found by search"
}

func hasChildren(c *docs.Corpus, key string) bool {
	i := sort.Search(len(c.Pages), func(i int) bool { return c.Pages[i].Path > key+"/" })
	return i < len(c.Pages) && strings.HasPrefix(c.Pages[i].Path, key+"/")
}

func pagesUnder(c *docs.Corpus, key string) []*docs.Page {
	if key == "" {
		return nil
	}
	var out []*docs.Page
	for _, p := range c.Pages {
		if (p.Path == key || strings.HasPrefix(p.Path, key+"/")) && !partial(p.Path) {
			out = append(out, p)
		}
	}
	return out
}

// codeBlocks extracts the fenced blocks of a page view with the heading of
// the section they sit in.
func codeBlocks(p *docs.Page, v docs.View) []codeBlock {
	var out []codeBlock
	md := v.Markdown
	for _, bl := range v.Blocks() {
		if !bl.Fence {
			continue
		}
		heading, anchor := "", ""
		if i := v.At(bl.Start); i >= 0 {
			heading, anchor = v.Sections[i].Heading, v.Sections[i].Anchor
		}
		if v.GeneratedSample(bl) {
			heading += " (" + apiref.SampleMark + ")"
		}
		text := dedent(md[bl.Start:bl.End])
		first, body, _ := strings.Cut(text, "\n")
		if strings.TrimSpace(strings.Trim(body, "`~\n ")) == "" {
			continue
		}
		info := strings.TrimLeft(strings.TrimSpace(first), "`~")
		lang, _, _ := strings.Cut(strings.TrimSpace(info), " ")
		title := p.Title
		if title == "" {
			title = p.Path
		}
		out = append(out, codeBlock{page: p.Path, title: title, heading: heading, anchor: anchor, lang: strings.ToLower(lang), text: text})
	}
	return out
}

// dedent removes the indentation a fence nested in a component carries.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	ind := len(lines[0]) - len(strings.TrimLeft(lines[0], " \t"))
	if ind == 0 {
		return s
	}
	for i, l := range lines {
		n := 0
		for n < ind && n < len(l) && (l[n] == ' ' || l[n] == '\t') {
			n++
		}
		lines[i] = l[n:]
	}
	return strings.Join(lines, "\n")
}

// fenceLang maps a fence info word to an SDK language key.
func fenceLang(l string) string {
	switch l {
	case "tsx", "jsx", "mjs":
		return "js"
	case "kt":
		return "java"
	}
	return apiref.CanonicalLang(l)
}

func countPages(cbs []codeBlock) int {
	seen := map[string]bool{}
	for _, cb := range cbs {
		seen[cb.page] = true
	}
	return len(seen)
}

// writeSymbols lists SDK method names documented for the pages' area, so an
// agent can ask workos_api for exact signatures.
func writeSymbols(w *strings.Builder, c *docs.Corpus, pages []*docs.Page, lang string) {
	if c.API == nil || len(pages) == 0 {
		return
	}
	area := docs.AreaOf(pages[0].Path)
	if area == "reference" && len(pages) > 0 {
		parts := strings.Split(pages[0].Path, "/")
		if len(parts) > 1 {
			area = parts[1]
		}
	}
	if lang == "" {
		lang = "js"
	}
	var names []string
	seen := map[string]bool{}
	for _, s := range c.API.Symbols() {
		if s.Lang != lang || seen[s.Name] || !strings.HasPrefix(s.Page, "reference/"+area) {
			continue
		}
		seen[s.Name] = true
		names = append(names, s.Name)
	}
	if len(names) == 0 {
		return
	}
	if len(names) > 20 {
		names = append(names[:20], "…")
	}
	fmt.Fprintf(w, "\nSDK methods (%s) for %s: %s. Signatures: workos_api(name=%s).\n", lang, area, strings.Join(names, ", "), quote(names[0]))
}

// topicsOf counts inline code per top-level area, once per corpus.
func (b *Bridge) topicsOf(c *docs.Corpus) []topic {
	b.topicsOnce.Do(func() {
		titles := map[string]string{}
		for _, n := range c.Nav {
			if n.Path != "" {
				a := docs.AreaOf(n.Path)
				if titles[a] == "" {
					titles[a] = n.Title
				}
			}
		}
		idx := map[string]int{}
		for _, p := range c.Pages {
			if partial(p.Path) {
				continue
			}
			a := docs.AreaOf(p.Path)
			n := len(codeBlocks(p, c.View(p, "")))
			i, ok := idx[a]
			if !ok {
				i = len(b.topics)
				idx[a] = i
				b.topics = append(b.topics, topic{area: a, title: titles[a]})
			}
			b.topics[i].pages++
			b.topics[i].blocks += n
		}
	})
	return b.topics
}

func (b *Bridge) renderTopics(c *docs.Corpus) string {
	var w strings.Builder
	w.WriteString("# Code example topics\nInline code blocks per area (many WorkOS samples are files the docs package does not ship):\n\n")
	for _, t := range b.topicsOf(c) {
		title := t.title
		if title == "" {
			title = t.area
		}
		fmt.Fprintf(&w, "- %s — %s: %s in %s\n", t.area, title, plural(t.blocks, "code block"), plural(t.pages, "page"))
	}
	w.WriteString("\nGet one: workos_examples(example=\"sso\"), or a page path, or a feature in words; language= filters.\n")
	return w.String()
}
