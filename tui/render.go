package tui

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// renderKey is what a rendering depends on; the cache is keyed by it.
type renderKey struct {
	path, lang string
	stack      docs.Stack
	width      int
	theme      string
}

// headSpec is a heading the TOC offers; headLine is where it landed on screen.
type headSpec struct {
	Level        int
	Text, Anchor string
}

type headLine struct {
	headSpec
	Line int
}

// rendered is a page as the pager shows it. Never mutated once built.
type rendered struct {
	key   renderKey
	lines []string // glamour output, one entry per screen line
	width []int    // display width of each line, measured here rather than per frame
	plain []string // lines without escapes, for find and heading lookup
	links []linkRef
	heads []headLine
	size  int // bytes held, for the LRU bound
}

// renderJob carries everything a render needs, so the Cmd touches no model state.
type renderJob struct {
	key renderKey
	seq int
	// content is called inside the Cmd (building a reference page in one
	// language costs): the Markdown and the headings the TOC offers.
	content func() (md string, heads []headSpec)
	pageURL string
	style   gansi.StyleConfig
}

type renderedMsg struct {
	seq int
	r   *rendered
	err error
}

func (j renderJob) cmd() tea.Cmd {
	return func() tea.Msg {
		r, err := j.run()
		return renderedMsg{seq: j.seq, r: r, err: err}
	}
}

// run renders with a renderer of its own: glamour renderers are not goroutine-safe.
func (j renderJob) run() (*rendered, error) {
	md, heads := j.content()
	md = docs.ForTerminal(md, max(j.key.width, 10))
	md, links := rewriteLinks(md, j.pageURL)
	tr, err := glamour.NewTermRenderer(glamour.WithStyles(j.style), glamour.WithWordWrap(max(j.key.width, 10)), glamour.WithInlineTableLinks(true))
	if err != nil {
		return nil, err
	}
	out, err := tr.Render(md)
	if err != nil {
		return nil, err
	}
	return newRendered(j.key, strings.TrimRight(out, "\n"), links, heads), nil
}

func newRendered(k renderKey, out string, links []linkRef, heads []headSpec) *rendered {
	lines := strings.Split(out, "\n")
	plain := make([]string, len(lines))
	width := make([]int, len(lines))
	size := 0
	for i, l := range lines {
		p := ansi.Strip(l)
		width[i] = ansi.StringWidth(p)
		plain[i] = strings.TrimRight(p, " ")
		size += len(l) + len(plain[i]) + 40
	}
	return &rendered{key: k, lines: lines, width: width, plain: plain, links: links, heads: mapHeads(plain, heads), size: size}
}

// mapHeads finds each heading's screen line, in order: a line that starts with
// the heading's text once "#" marks and spaces are trimmed.
func mapHeads(plain []string, specs []headSpec) []headLine {
	out := make([]headLine, 0, len(specs))
	from := 0
	for _, h := range specs {
		want := headKey(h.Text)
		if want == "" {
			continue
		}
		for i := from; i < len(plain); i++ {
			if strings.HasPrefix(normHead(plain[i]), want) {
				out = append(out, headLine{headSpec: h, Line: i})
				from = i + 1
				break
			}
		}
	}
	return out
}

func normHead(s string) string {
	s = strings.TrimLeft(s, " #")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// headKey is the start of a heading that survives word wrapping on narrow panes.
func headKey(text string) string {
	k := normHead(text)
	if len(k) <= 20 {
		return k
	}
	cut := 20
	for cut > 0 && !utf8.RuneStart(k[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(k[:cut], ' '); sp > 0 {
		cut = sp
	}
	return k[:cut]
}
