//go:build searchtune

package search_test

import (
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// TestAuditParse logs how every question of the tuned sets was understood
// (named page, stack preference, API intent, error frame, exact API names,
// the scored terms and their alternatives), so that a misreading shows.
// Run with -v; real7 stays unread.
func TestAuditParse(t *testing.T) {
	c := realCorpusOrSkip(t)
	ix := search.Build(docs.SearchDocs(c))
	for _, s := range tuneSets(t) {
		if s.name == "real7" {
			continue
		}
		for _, q := range s.qs {
			t.Logf("%s %s: %.200s\n    %s", s.name, q.ID, q.Args.Query, search.ParseInfo(ix, q.Args.Query))
		}
	}
}
