package docs

import "github.com/workos-docs-tui/workos-docs-tui/docs/mdx"

// ForTerminal prepares Markdown for a terminal renderer (glamour) that lays
// it out at width columns: tables that cannot fit become records, long code
// lines wrap with their indentation kept, paragraphs of list items stay
// apart. Render the result with glamour.WithInlineTableLinks(true): glamour's
// table-link footnotes drop the text of e-mail addresses and number links
// apart from the page's own. MCP and --plain output never go through it.
func ForTerminal(md string, width int) string { return mdx.ForTerminal(md, width) }
