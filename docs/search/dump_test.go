//go:build searchtune

package search_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// TestDumpResults writes every query set's full results (top 10, exact
// scores, snippets, marks, suggestions) and go-to matches to $SEARCH_DUMP, so
// a change meant to keep ranking identical can be diffed before and after.
func TestDumpResults(t *testing.T) {
	out := os.Getenv("SEARCH_DUMP")
	if out == "" {
		t.Skip("SEARCH_DUMP not set")
	}
	c := realCorpusOrSkip(t)
	ix := search.Build(docs.SearchDocs(c))
	sets := []string{"testdata/queries.jsonl", "testdata/heldout.jsonl", "testdata/fresh.jsonl", "testdata/blind.jsonl", "testdata/real.jsonl"}
	if p := sampleQueriesPath(); p != "" {
		sets = append(sets, p)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, set := range sets {
		for _, q := range readQueries(t, set) {
			for _, qs := range []string{q.Args.Query, q.Args.Query + " "} {
				r := ix.Search(qs, search.Options{Limit: 10})
				fmt.Fprintf(f, "%s %q total=%d dym=%q\n", filepath.Base(set), qs, r.Total, r.DidYouMean)
				for _, h := range r.Hits {
					fmt.Fprintf(f, "  %b %s#%s §%q %v\n", h.Score, h.Path, h.Anchor, h.Section, h.Marks)
					if err := enc.Encode(h.Snippet); err != nil {
						t.Fatal(err)
					}
				}
			}
			for _, m := range ix.GoTo(q.Args.Query, 20) {
				fmt.Fprintf(f, "  goto %d %s %s#%s %q %v\n", m.Score, m.Kind, m.Path, m.Anchor, m.Label, m.Positions)
			}
		}
	}
}
