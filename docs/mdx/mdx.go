// Package mdx turns the corpus's MDX page bodies into plain Markdown: components
// become what a reader should see, heading attributes become anchors, internal
// links become canonical. One transform serves the TUI, the CLI and MCP.
package mdx

import (
	"strings"
	"unicode/utf8"
)

// Env supplies what the transform needs from the rest of the model.
type Env interface {
	// Signature is the Markdown shown for <CodeBlock referenceId="ID">, in
	// place of the web page's code sample (its "see the web page" caption is
	// written only when Signature is ""); "" if unknown.
	Signature(referenceID string) string
	// Link rewrites a link destination found in the body, e.g.
	// "/sso/login-flows#x" → "https://workos.com/docs/sso/login-flows#x".
	Link(dest string) string
}

// Result is a transformed page body.
type Result struct {
	Markdown string
	Headings []Heading
	Links    []Link
	Notices  []string // problems a reader should know about (unclosed tag, malformed file…)
	// Placeholders names the interactive widgets shown as a placeholder line
	// where they stood (for load reports; readers see the line, not a notice).
	Placeholders []string
	// StackDependent: some alternative names a stack, so a Choice changes the Markdown.
	StackDependent bool
}

// Heading is a heading of the output Markdown.
type Heading struct {
	Level  int
	Text   string // plain text, attributes stripped
	Anchor string // explicit {{ "url": … }} anchor, else a GitHub-style slug; unique in the page
	Offset int    // byte offset of the heading line in Result.Markdown
}

// Link is a Markdown link in the output.
type Link struct {
	Text string
	Dest string // as rewritten by Env.Link
}

// ToMarkdown transforms one page body (frontmatter already removed) showing
// every alternative, labelled. It never panics.
func ToMarkdown(body string, env Env) Result { return ToMarkdownFor(body, env, Choice{}) }

// ToMarkdownFor is ToMarkdown for a reader who chose a stack: alternatives for
// other stacks fold into one line naming them.
func ToMarkdownFor(body string, env Env, choice Choice) (res Result) {
	if env == nil {
		env = nopEnv{}
	}
	body, notices := sanitize(body)
	s := &state{src: body, env: env, notices: notices, choice: choice}
	s.stack = []*frame{{kind: kRoot, contentCol: 0, out: make([]byte, 0, len(body)+len(body)/8)}}
	defer func() {
		// Last line of defence: a bug must not take the whole loader down.
		if r := recover(); r != nil {
			res = Result{Markdown: body, Notices: append(s.notices, "page shown unprocessed: internal transform error")}
		}
	}()
	s.run()
	out := trimBlankLines(s.stack[0].out)
	if len(out) > 0 {
		out = append(out, '\n')
	}
	md, hs := finish(out)
	return Result{Markdown: md, Headings: hs, Links: s.links, Notices: s.notices, Placeholders: s.widgets, StackDependent: s.stackDep}
}

// sanitize makes the body valid UTF-8 with '\n' line ends and no NULs (NUL
// is the private heading marker).
func sanitize(body string) (string, []string) {
	var notices []string
	body = strings.TrimPrefix(body, "\uFEFF")
	if !utf8.ValidString(body) {
		body = strings.ToValidUTF8(body, "\uFFFD")
		notices = append(notices, "page is not valid UTF-8; invalid bytes replaced")
	}
	if strings.IndexByte(body, 0) >= 0 {
		body = strings.ReplaceAll(body, "\x00", "\uFFFD")
		notices = append(notices, "page contains NUL bytes; replaced")
	}
	if strings.IndexByte(body, '\r') >= 0 {
		body = strings.ReplaceAll(body, "\r\n", "\n")
		body = strings.ReplaceAll(body, "\r", "\n")
	}
	return body, notices
}

type nopEnv struct{}

func (nopEnv) Signature(string) string { return "" }
func (nopEnv) Link(d string) string    { return d }
