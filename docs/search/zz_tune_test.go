//go:build searchtune

package search_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// TestZZWhere prints where each expected page of $ZZ_IDS (set:id,…) ranks in the top 100.
func TestZZWhere(t *testing.T) {
	c := realCorpusOrSkip(t)
	want := strings.Split(os.Getenv("ZZ_IDS"), ",")
	for _, s := range tuneSets(t) {
		for _, q := range s.qs {
			if !slices.Contains(want, s.name+":"+q.ID) {
				continue
			}
			r := c.Search(q.Args.Query, search.Options{Limit: 100})
			var got []string
			for _, e := range q.Expect {
				rank := slices.IndexFunc(r.Hits, func(h search.Hit) bool { return h.Path == e })
				got = append(got, e+"@"+strings.TrimPrefix(string(rune('0'+0)), "0")+itoa(rank+1))
			}
			t.Logf("%s:%s %v  top=%s | %.120s", s.name, q.ID, got, r.Hits[0].Path, q.Args.Query)
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "-"
	}
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)))
}
