package mdx

import (
	"fmt"
	"strings"
	"testing"
)

func TestZZNotices(t *testing.T) {
	pages := realCorpus(t)
	links, mdlinks := 0, 0
	for _, p := range pages {
		r := ToMarkdown(p.body, testEnv{})
		for _, n := range r.Notices {
			if !strings.Contains(n, "placeholder") {
				fmt.Println(p.path, n)
			}
		}
		links += len(r.Links)
		mdlinks += strings.Count(p.body, "](") - strings.Count(p.body, "![")
	}
	fmt.Println("links", links, "approx", mdlinks)
}
