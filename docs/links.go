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
	b.Grow(len(md) + len(md)/4) // canonical URLs are longer than site paths
	scanLines(md, func(off int, line string, prose bool) {
		if prose && strings.Contains(line, "](") {
			line = c.canonLine(from, line, &links)
		}
		b.WriteString(line)
		if off+len(line) < len(md) {
			b.WriteByte('\n')
		}
	})
	return b.String(), links
}

// canonLine rewrites the link destinations of one line, appending its
// (non-image) links.
func (c *Corpus) canonLine(from, line string, links *[]mdx.Link) string {
	ms := mdLink.FindAllStringSubmatchIndex(line, -1)
	if ms == nil {
		return line
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		image, text, dest, title := line[m[2]:m[3]], line[m[4]:m[5]], line[m[6]:m[7]], line[m[8]:m[9]]
		dest = c.linkURL(from, dest)
		if image == "" {
			*links = append(*links, mdx.Link{Text: text, Dest: dest})
		}
		b.WriteString(line[last:m[0]])
		b.WriteString(image + "[" + text + "](" + dest + title + ")")
		last = m[1]
	}
	b.WriteString(line[last:])
	return b.String()
}
