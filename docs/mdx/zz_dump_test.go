package mdx

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type dumpEnv struct{}

func (dumpEnv) Signature(id string) string { return "```js\nsig(" + id + ")\n```" }
func (dumpEnv) Link(d string) string {
	if strings.HasPrefix(d, "/") {
		return "https://workos.com/docs" + d
	}
	return d
}

func TestZZDump(t *testing.T) {
	p := os.Getenv("MDX_DUMP")
	if p == "" {
		t.Skip()
	}
	out := os.Getenv("MDX_OUT")
	files := strings.Split(p, ",")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		body := string(b)
		if strings.HasPrefix(body, "---\n") {
			if i := strings.Index(body[4:], "\n---"); i >= 0 {
				body = body[4+i+4:]
			}
		}
		r := ToMarkdown(body, dumpEnv{})
		if out != "" {
			dst := filepath.Join(out, strings.ReplaceAll(f, "/", "_")+".md")
			os.WriteFile(dst, []byte(r.Markdown), 0o644)
			continue
		}
		fmt.Println(r.Markdown)
		for _, h := range r.Headings {
			fmt.Printf("H%d %q #%s @%d\n", h.Level, h.Text, h.Anchor, h.Offset)
		}
		fmt.Println("notices:", r.Notices, "links:", len(r.Links))
	}
}
