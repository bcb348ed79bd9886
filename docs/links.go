package docs

import (
	"regexp"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
)

// mdLink matches an inline Markdown link or image: [text](dest "title").
var mdLink = regexp.MustCompile(`(!?)\[([^\]\n]*)\]\(([^()\s]+)((?:\s+"[^"\n]*")?)\)`)

// canonLinks makes the links of Markdown this package adds itself (API
// reference text from apiref) canonical, as mdx does for page bodies, and
// returns the links found. Fenced code is left alone.
func (c *Corpus) canonLinks(from, md string) (string, []mdx.Link) {
	if !strings.Contains(md, "](") {
		return md, nil
	}
	var links []mdx.Link
	var b strings.Builder
	fence := ""
	for off := 0; off < len(md); {
		line, _, more := strings.Cut(md[off:], "\n")
		off += len(line) + 1
		t := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		default:
			line = mdLink.ReplaceAllStringFunc(line, func(m string) string {
				sub := mdLink.FindStringSubmatch(m)
				dest := c.linkURL(from, sub[3])
				if sub[1] == "" {
					links = append(links, mdx.Link{Text: sub[2], Dest: dest})
				}
				return sub[1] + "[" + sub[2] + "](" + dest + sub[4] + ")"
			})
		}
		b.WriteString(line)
		if more {
			b.WriteByte('\n')
		}
	}
	return b.String(), links
}
