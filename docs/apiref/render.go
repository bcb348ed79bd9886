package apiref

import (
	"fmt"
	"strings"
)

// render implements Set.Render. Output uses bold labels rather than headings
// so that it can sit inside a page without adding sections to it.
func (s *Set) render(id, lang string) string {
	if s == nil {
		return ""
	}
	return s.renderGroup(s.group(id, ""), lang)
}

// RenderOn is Render restricted to the entries of one page, for a page's own
// <CodeBlock referenceId>: a few ids appear on two pages. It falls back to
// Render when the page has no entry with this id.
func (s *Set) RenderOn(page, id, lang string) string {
	if s == nil {
		return ""
	}
	if g := s.group(id, page); len(g) > 0 {
		return s.renderGroup(g, lang)
	}
	return s.render(id, lang)
}

func (s *Set) renderGroup(group []*Entry, lang string) string {
	if len(group) == 0 {
		return ""
	}
	var b strings.Builder
	if lang != "" {
		want := CanonicalLang(lang)
		for _, e := range group {
			if e.Lang == want {
				renderLang(&b, e, s.samples(group, want))
				return strings.TrimRight(b.String(), "\n") + "\n"
			}
		}
		fmt.Fprintf(&b, "_No %s version of this entry; showing all languages._\n\n", want)
	}
	renderAll(&b, group, s.samples(group, ""))
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// group is the entries of one id on one page: the page holding most of them
// (an id occasionally appears on two pages, an object and its overview).
// With page set, only that page's entries.
func (s *Set) group(id, page string) []*Entry {
	all := s.byID[id]
	if len(all) == 0 {
		return nil
	}
	best := page
	if best == "" {
		count := map[string]int{}
		best = all[0].Page
		for _, e := range all {
			count[e.Page]++
			if count[e.Page] > count[best] {
				best = e.Page
			}
		}
	}
	out := make([]*Entry, 0, len(all))
	for _, e := range all {
		if e.Page == best {
			out = append(out, e)
		}
	}
	return out
}

func renderAll(b *strings.Builder, group []*Entry, samples []Sample) {
	canon := group[0] // curl when present: byID is in language rank order
	if canon.Verb != "" {
		fmt.Fprintf(b, "**%s**\n\n", code(canon.Verb+" "+canon.Title))
	}
	listed := false
	for _, e := range group {
		if e.Lang == "curl" && e.Verb != "" {
			continue
		}
		fmt.Fprintf(b, "- %s: %s\n", e.Lang, code(signature(e)))
		listed = true
	}
	if listed {
		b.WriteString("\n")
	}
	if canon.Description != "" {
		b.WriteString(canon.Description + "\n\n")
	}
	writeSamples(b, samples)
	note := ""
	if len(group) > 1 {
		note = " (" + canon.Lang + ")"
	}
	renderTables(b, canon, note)
}

func renderLang(b *strings.Builder, e *Entry, samples []Sample) {
	fmt.Fprintf(b, "```%s\n%s\n```\n\n", fenceLang(e.Lang), signature(e))
	if e.Description != "" {
		b.WriteString(e.Description + "\n\n")
	}
	writeSamples(b, samples)
	renderTables(b, e, "")
}

func renderTables(b *strings.Builder, e *Entry, note string) {
	table(b, "Parameters"+note, e.Parameters)
	table(b, "Returns"+note, e.Returns)
	table(b, "Properties"+note, e.Properties)
}

// signature is how a developer writes the entry: "GET /connections/:id" for
// an endpoint, "sso.GetConnection(ctx, opts)" for a method, the title otherwise.
func signature(e *Entry) string {
	title := e.Title
	if title == "" {
		title = e.Key
	}
	if e.Verb != "" {
		return e.Verb + " " + title
	}
	if e.Lang == "curl" || !strings.HasSuffix(title, "()") {
		return title
	}
	names := make([]string, 0, len(e.Parameters))
	for _, p := range e.Parameters {
		if p.Name != "" {
			names = append(names, p.Name)
		}
	}
	return strings.TrimSuffix(title, "()") + "(" + strings.Join(names, ", ") + ")"
}

// table writes a Markdown table of items, nested properties flattened into
// dotted names ("opts.Connection"). Items named "anonymous" (an unnamed
// value in the data) contribute only their properties, or show as "_value_".
func table(b *strings.Builder, label string, items []Item) {
	if len(items) == 0 {
		return
	}
	var rows []string
	var walk func(prefix string, items []Item)
	walk = func(prefix string, items []Item) {
		for _, it := range items {
			name := prefix + it.Name
			if it.Name == "anonymous" && len(it.Properties) > 0 {
				walk(prefix, it.Properties)
				continue
			}
			req := "yes"
			if it.Optional {
				req = "no"
			}
			typ := ""
			if it.Type != "" {
				typ = code(it.Type)
			}
			shown := code(name)
			if it.Name == "anonymous" || it.Name == "" {
				shown = "_value_"
			}
			rows = append(rows, fmt.Sprintf("| %s | %s | %s | %s |", shown, typ, req, cell(it.Description)))
			walk(name+".", it.Properties)
		}
	}
	walk("", items)
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(b, "**%s**\n\n| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n", label)
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	b.WriteString("\n")
}

// cell flattens text onto one table line: paragraphs join with spaces, list
// items with commas ("Possible values: `a`, `b`"), and pipes are escaped.
func cell(s string) string {
	var out strings.Builder
	inList := false
	for line := range strings.SplitSeq(s, "\n") {
		l := strings.TrimSpace(line)
		if l == "" {
			continue
		}
		item := false
		if strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") {
			l, item = strings.TrimSpace(l[2:]), true
		}
		if out.Len() > 0 {
			switch {
			case item && inList:
				out.WriteString(", ")
			case inList:
				out.WriteString(". ")
			default:
				out.WriteString(" ")
			}
		}
		out.WriteString(l)
		inList = item
	}
	return escapePipes(out.String())
}

// code wraps s in a code span that survives backticks and table pipes.
func code(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + escapePipes(s) + fence
}

func escapePipes(s string) string {
	if !strings.Contains(s, "|") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '|' && (i == 0 || s[i-1] != '\\') {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func fenceLang(lang string) string {
	switch lang {
	case "curl":
		return "http"
	case "dotnet":
		return "csharp"
	case "js", "python", "ruby", "go", "java", "php":
		return lang
	}
	return "text"
}

// CanonicalLang maps the names people (and agents) use for a language onto
// the corpus's keys ("node", "@workos-inc/node" → "js"; "c#" → "dotnet";
// "golang" → "go"; "bash" → "curl"). It is the one alias table of the
// program. Unknown names are returned lowercased.
func CanonicalLang(lang string) string {
	l := strings.ToLower(strings.TrimSpace(lang))
	switch l {
	case "javascript", "node", "nodejs", "node.js", "ts", "typescript", "@workos-inc/node", "@workos/node":
		return "js"
	case "py", "python3":
		return "python"
	case "rb", "rails":
		return "ruby"
	case "golang":
		return "go"
	case "kotlin", "jvm":
		return "java"
	case "c#", "csharp", "cs", ".net", "net":
		return "dotnet"
	case "http", "rest", "api", "shell", "bash", "sh":
		return "curl"
	}
	return l
}
