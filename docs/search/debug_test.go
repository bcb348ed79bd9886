//go:build searchtune

package search_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// TestDebugQuery prints the top hits for $SEARCH_DEBUG (a ;-separated list); for tuning.
func TestDebugQuery(t *testing.T) {
	qs := os.Getenv("SEARCH_DEBUG")
	if qs == "" {
		t.Skip("SEARCH_DEBUG not set")
	}
	c := realCorpusOrSkip(t)
	for _, q := range strings.Split(qs, ";") {
		r := c.Search(q, search.Options{Limit: 8})
		t.Logf("%q total %d dym %v", q, r.Total, r.DidYouMean)
		for _, h := range r.Hits {
			t.Logf("  %6.2f %-50s §%q  %.90q", h.Score, h.Path, h.Section, h.Snippet)
		}
	}
}

// TestSweep evaluates knob settings from $SEARCH_SWEEP ("name=v1,v2;name2=…"), one knob at a time.
func TestSweep(t *testing.T) {
	spec := os.Getenv("SEARCH_SWEEP")
	if spec == "" {
		t.Skip("SEARCH_SWEEP not set")
	}
	c := realCorpusOrSkip(t)
	own := readQueries(t, "testdata/queries.jsonl")
	root, _ := repoRoot()
	sample := readQueries(t, root+"/../shared/bench/sample-queries.jsonl")
	held := readQueries(t, "testdata/heldout.jsonl")
	fresh := readQueries(t, "testdata/fresh.jsonl")
	blind := readQueries(t, "testdata/blind.jsonl")
	for _, part := range strings.Split(spec, ";") {
		name, vals, _ := strings.Cut(part, "=")
		k := search.Knobs[name]
		orig := *k
		for _, v := range strings.Split(vals, ",") {
			var f float32
			fmt.Sscan(v, &f)
			*k = f
			t.Logf("%s=%v", name, f)
			evaluate(t, c, own)
			evaluate(t, c, sample)
			evaluate(t, c, held)
			evaluate(t, c, fresh)
			evaluate(t, c, blind)
		}
		*k = orig
	}
}
