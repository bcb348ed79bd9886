package mdx

import (
	"slices"
	"strings"
)

// AltKind is the web widget an alternative comes from.
type AltKind int

const (
	AltStack     AltKind = iota + 1 // "- $ frontend="nextjs, remix"": the page's stack switch
	AltTab                          // "- | Label": a tab item
	AltAccordion                    // "- ### Label": a collapsible section
	AltCodeTab                      // <CodeBlockTab title="Express" language="js">
)

// An Alternative is one option of a group the web page shows one at a time
// (or folded away): its label, the stacks it applies to (none: every stack)
// and its body as Markdown.
type Alternative struct {
	Kind      AltKind
	Label     string   // reader-facing: "Frontend: Next.js, Remix", "Lifecycle", "Express"
	Frontends []string // stack labels from StackFrontends
	Backends  []string // stack labels from StackBackends
	Body      string
}

// Choice is the reader's stack: one frontend and one backend label, either
// may be empty ("every option").
type Choice struct {
	Frontend, Backend string
}

// The labels the corpus's stack switches use, in the order the docs list them.
var (
	stackFrontends = []string{"client-only", "nextjs", "remix", "react", "vanilla"}
	stackBackends  = []string{"nodejs", "ruby", "python", "php", "go", "java"}
)

// StackFrontends and StackBackends list the stack labels, in the docs' order.
func StackFrontends() []string { return slices.Clone(stackFrontends) }
func StackBackends() []string  { return slices.Clone(stackBackends) }

// stackNames are the reader-facing names of the stack labels.
var stackNames = map[string]string{
	"client-only": "Client-only", "nextjs": "Next.js", "remix": "Remix", "react": "React",
	"vanilla": "Vanilla JS", "nodejs": "Node.js", "ruby": "Ruby", "python": "Python",
	"php": "PHP", "go": "Go", "java": "Java",
}

// StackName is the reader-facing name of a stack label ("nextjs" → "Next.js").
func StackName(label string) string {
	if n, ok := stackNames[label]; ok {
		return n
	}
	return label
}

// ParseAltMarker reads the rest of a list item line after "- " when it opens
// an alternative: `$ frontend="a, b"`, `| Label` or `### Label`. The label of
// tab items and accordions is returned raw (it may hold inline Markdown);
// labelStart is its offset in rest.
func ParseAltMarker(rest string) (a Alternative, labelStart int, ok bool) {
	switch {
	case strings.HasPrefix(rest, "$ "):
		k, v, found := strings.Cut(strings.TrimSpace(rest[2:]), "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if !found || k == "" || strings.ContainsAny(k, " \t") {
			return a, 0, false
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		a.Kind = AltStack
		var names []string
		for part := range strings.SplitSeq(v, ",") {
			part = strings.ToLower(strings.TrimSpace(part))
			if part == "" {
				continue
			}
			names = append(names, StackName(part))
			switch k {
			case "frontend":
				a.Frontends = append(a.Frontends, part)
			case "backend":
				a.Backends = append(a.Backends, part)
			}
		}
		if len(names) == 0 {
			return Alternative{}, 0, false
		}
		a.Label = capitalize(k) + ": " + strings.Join(names, ", ")
		return a, len(rest), true
	case strings.HasPrefix(rest, "| "):
		a.Kind = AltTab
		a.Label = strings.TrimSpace(rest[2:])
		if a.Label == "" {
			return Alternative{}, 0, false
		}
		a.Frontends, a.Backends = titleStacks(a.Label)
		return a, 2, true
	case strings.HasPrefix(rest, "#"):
		h := strings.TrimLeft(rest, "#")
		if len(rest)-len(h) > 6 || !strings.HasPrefix(h, " ") || strings.TrimSpace(h) == "" {
			return a, 0, false
		}
		a.Kind = AltAccordion
		a.Label = strings.TrimSpace(h)
		return a, len(rest) - len(h) + 1, true
	}
	return a, 0, false
}

// titleStacks maps a code-tab or tab title onto stack labels: "Next.js (App
// Router)" → nextjs, "Express" → nodejs, "Rails" → ruby, "Flask" → python.
func titleStacks(title string) (front, back []string) {
	t := strings.ToLower(title)
	for _, m := range titleMap {
		if strings.Contains(t, m.word) {
			if slices.Contains(stackFrontends, m.stack) {
				return []string{m.stack}, nil
			}
			return nil, []string{m.stack}
		}
	}
	return nil, nil
}

// titleMap is ordered: more specific words first.
var titleMap = []struct{ word, stack string }{
	{"next.js", "nextjs"}, {"nextjs", "nextjs"}, {"remix", "remix"},
	{"client-only", "client-only"}, {"react", "react"}, {"vanilla", "vanilla"},
	{"express", "nodejs"}, {"passport", "nodejs"}, {"node", "nodejs"},
	{"rails", "ruby"}, {"sinatra", "ruby"}, {"omniauth", "ruby"},
	{"django", "python"}, {"flask", "python"}, {"fastapi", "python"},
	{"laravel", "php"}, {"symfony", "php"},
	{"spring", "java"}, {"maven", "java"}, {"gradle", "java"},
}

// langStack maps a code tab's language onto a backend label.
func langStack(lang string) string {
	switch strings.ToLower(strings.TrimSpace(lang)) {
	case "js", "javascript", "ts", "typescript", "node", "nodejs":
		return "nodejs"
	case "ruby", "rb":
		return "ruby"
	case "python", "py":
		return "python"
	case "php":
		return "php"
	case "go", "golang":
		return "go"
	case "java", "kotlin":
		return "java"
	}
	return ""
}

// Applies reports whether a reader with choice c sees a: options for no
// stack always apply; otherwise a side the reader has not chosen shows every
// option, and a chosen side shows the options naming it.
func (a Alternative) Applies(c Choice) bool {
	if len(a.Frontends) == 0 && len(a.Backends) == 0 {
		return true
	}
	if len(a.Frontends) > 0 && (c.Frontend == "" || slices.Contains(a.Frontends, c.Frontend)) {
		return true
	}
	return len(a.Backends) > 0 && (c.Backend == "" || slices.Contains(a.Backends, c.Backend))
}

// stackNamesOf lists the reader-facing names of the stacks a applies to.
func (a Alternative) stackNamesOf() []string {
	var out []string
	for _, s := range append(slices.Clone(a.Frontends), a.Backends...) {
		out = append(out, StackName(s))
	}
	return out
}

// Markdown renders a as a labelled block: the label alone on a line, an
// empty line, then the body as ordinary blocks, so no renderer can run the
// label into the text.
func (a Alternative) Markdown() string {
	label := "**▸ " + a.Label + "**"
	body := strings.Trim(a.Body, "\n")
	if strings.TrimSpace(body) == "" {
		return label + "\n"
	}
	return label + "\n\n" + body + "\n"
}

// FoldLine is the one line standing for the options a reader's stack hides.
func FoldLine(names []string) string {
	return "*Also for " + strings.Join(names, ", ") + " — change the stack to see them*"
}

// addNames appends names not yet in list.
func addNames(list []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}
