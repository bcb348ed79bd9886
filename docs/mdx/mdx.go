// Package mdx turns the corpus's MDX page bodies into plain Markdown: components
// become what a reader should see, heading attributes become anchors, internal
// links become canonical. One transform serves the TUI, the CLI and MCP.
package mdx

// Env supplies what the transform needs from the rest of the model.
type Env interface {
	// Signature is the Markdown shown for <CodeBlock referenceId="ID">; "" if unknown.
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
	Notices  []string // problems a reader should know about (unclosed tag, unknown widget…)
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

// ToMarkdown transforms one page body (frontmatter already removed). It never panics.
// TODO(model issue): implement.
func ToMarkdown(body string, env Env) Result {
	return Result{Markdown: body}
}
