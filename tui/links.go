package tui

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
)

// linkRef is a numbered link of a rendered page.
type linkRef struct {
	Text string
	URL  string
}

var mdLink = regexp.MustCompile(`(!?)\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)

// rewriteLinks turns [text](dest) into "text [n]" so glamour prints no URLs, and
// returns the links in order (n = index+1). Images keep their alt text; fenced
// code is left alone. pageURL resolves "#anchor" destinations.
func rewriteLinks(md, pageURL string) (string, []linkRef) {
	if !strings.Contains(md, "](") {
		return md, nil
	}
	var links []linkRef
	var lines []string
	for l := range markdown.Lines(md) {
		line := l.Text
		lines = append(lines, line)
		if l.Kind != markdown.Prose || !strings.Contains(line, "](") {
			continue
		}
		lines[len(lines)-1] = mdLink.ReplaceAllStringFunc(line, func(s string) string {
			g := mdLink.FindStringSubmatch(s)
			if g[1] == "!" {
				return g[2]
			}
			links = append(links, linkRef{Text: g[2], URL: resolveLink(g[3], pageURL)})
			return fmt.Sprintf("%s [%d]", g[2], len(links))
		})
	}
	out := strings.Join(lines, "\n")
	if strings.HasSuffix(md, "\n") {
		out += "\n" // Lines yields no empty last line
	}
	return out, links
}

// resolveLink makes a link destination absolute. Page bodies come with
// canonical links (docs rewrites them); "#anchor" and site-relative
// destinations remain in Markdown written elsewhere (changelog, welcome).
func resolveLink(dest, pageURL string) string {
	switch {
	case strings.HasPrefix(dest, "#"):
		base, _, _ := strings.Cut(pageURL, "#")
		return base + dest
	case strings.HasPrefix(dest, "/"):
		return docsURL(docs.SplitAnchor(dest))
	default:
		return dest
	}
}
