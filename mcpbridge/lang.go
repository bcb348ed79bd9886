package mcpbridge

import (
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// sdkLangs are the keys the tool descriptions name, the fallback when the
// corpus has no API reference to say which languages it holds.
var sdkLangs = []string{"js", "python", "ruby", "go", "java", "php", "dotnet", "curl"}

// language reads the language argument through the program's one alias table
// (apiref.CanonicalLang). A language the corpus lacks is not applied: every
// tool then shows all languages and says so in the same note.
func language(c *docs.Corpus, req mcp.CallToolRequest) (lang, note string) {
	raw, _ := capText(strArg(req, "language"), maxArgChars)
	if raw == "" {
		return "", ""
	}
	lang, ok := c.Lang(raw)
	known := languagesOf(c)
	if len(known) == 0 {
		known = sdkLangs
		ok = contains(known, lang)
	}
	if ok {
		return lang, ""
	}
	return "", fmt.Sprintf("(Unknown language %s; languages: %s. Showing all languages.)\n", quote(raw), strings.Join(known, ", "))
}
