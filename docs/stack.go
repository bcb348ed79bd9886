package docs

import (
	"fmt"
	"slices"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// A Stack is the reader's choice among a page's stack-specific alternatives,
// in the docs' own labels ("nextjs", "nodejs"). An empty field means "show
// every option" for that side; the zero Stack shows every option, labelled.
type Stack struct {
	Frontend string
	Backend  string
}

// SDKPages are the sdks/ pages of the stack's frontend and backend
// ("nextjs" → sdks/authkit-nextjs), as search reads stack names.
func (s Stack) SDKPages() []string {
	var out []string
	for _, l := range []string{s.Frontend, s.Backend} {
		if p := search.StackSDK(l); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// The labels the corpus's stack switches use (`- $ frontend="…"` /
// `backend="…"`), in the order the docs list them; mdx owns the table.
var (
	stackFrontends = mdx.StackFrontends()
	stackBackends  = mdx.StackBackends()
)

// StackOptions lists the frontend and backend labels a reader can choose.
func StackOptions() (frontends, backends []string) {
	return slices.Clone(stackFrontends), slices.Clone(stackBackends)
}

// ParseStack reads "nextjs,nodejs" (either order, either side optional, case
// and spaces ignored). "" is the zero Stack.
func ParseStack(s string) (Stack, error) {
	var st Stack
	for part := range strings.SplitSeq(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		switch {
		case part == "":
		case slices.Contains(stackFrontends, part) && st.Frontend == "":
			st.Frontend = part
		case slices.Contains(stackBackends, part) && st.Backend == "":
			st.Backend = part
		case slices.Contains(stackFrontends, part) || slices.Contains(stackBackends, part):
			return Stack{}, fmt.Errorf("stack %q names two frontends or two backends", s)
		default:
			return Stack{}, fmt.Errorf("unknown stack %q (frontends: %s; backends: %s)", part,
				strings.Join(stackFrontends, ", "), strings.Join(stackBackends, ", "))
		}
	}
	return st, nil
}

// String is the form ParseStack reads back: "nextjs,nodejs", "nextjs", "".
func (s Stack) String() string {
	switch {
	case s.Frontend != "" && s.Backend != "":
		return s.Frontend + "," + s.Backend
	default:
		return s.Frontend + s.Backend
	}
}

// IsZero reports a Stack with no choice: every option is shown.
func (s Stack) IsZero() bool { return s == Stack{} }

// ViewWith is View for a reader who chose st: alternatives for other stacks
// fold into one line naming them. The zero Stack gives View(p, lang); so do
// pages with no stack-specific alternatives. Views are cached like language
// views. Safe for concurrent use.
func (c *Corpus) ViewWith(p *Page, lang string, st Stack) View {
	if p == nil || st.IsZero() || !p.stackDep {
		return c.View(p, lang)
	}
	if lang == "" || !p.langDep {
		lang = ""
	} else {
		lang = apiref.CanonicalLang(lang)
	}
	return c.cachedView(p, lang, st)
}

// StackName is the reader-facing name of a stack label: "nextjs" → "Next.js".
func StackName(label string) string { return mdx.StackName(label) }
