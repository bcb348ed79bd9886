//go:build searchtune

package search_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
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
	sets := tuneSets(t)
	for _, part := range strings.Split(spec, ";") {
		name, vals, _ := strings.Cut(part, "=")
		k := search.Knobs[name]
		if k == nil {
			t.Fatalf("no knob %q", name)
		}
		orig := *k
		for _, v := range strings.Split(vals, ",") {
			var f float32
			fmt.Sscan(v, &f)
			*k = f
			t.Logf("%s=%v", name, f)
			summarize(t, c, sets)
		}
		*k = orig
	}
}

// namedSet is one query set for the tuning summary.
type namedSet struct {
	name string
	qs   []evalQuery
}

// tuneSets are every query set; the real set's held-out tail and the second
// real set only with SEARCH_HELDOUT=1, so tuning loops do not look at them by
// accident.
func tuneSets(t *testing.T) []namedSet {
	real := readQueries(t, "testdata/real.jsonl")
	sets := []namedSet{
		{"own", readQueries(t, "testdata/queries.jsonl")},
		{"heldout", readQueries(t, "testdata/heldout.jsonl")},
		{"fresh", readQueries(t, "testdata/fresh.jsonl")},
		{"blind", readQueries(t, "testdata/blind.jsonl")},
		{"real-tune", real[:realTuned]},
		{"sdk", readQueries(t, "testdata/sdk.jsonl")}, // needs the SDK guides beside the corpus
	}
	if p := sampleQueriesPath(); p != "" {
		sets = append(sets, namedSet{"sample", readQueries(t, p)})
	}
	if os.Getenv("SEARCH_HELDOUT") == "1" {
		sets = append(sets, namedSet{"real-held", real[realTuned:]}, namedSet{"real-all", real},
			namedSet{"real2", readQueries(t, "testdata/real2.jsonl")}, // held out entirely: never tune on it
			namedSet{"real3", readQueries(t, "testdata/real3.jsonl")}) // the final held-out measure: never tune on it
	}
	return sets
}

// summarize evaluates every set and logs one line each and the summed MRR
// (of the sets other than real-all, which double-counts).
func summarize(t *testing.T, c *docs.Corpus, sets []namedSet) {
	var sum float64
	for _, s := range sets {
		if s.name == "sdk" && len(c.SDKs) == 0 {
			continue // labelled with the SDK guides' pages
		}
		m := evaluate(t, c, s.qs)
		t.Logf("  %-10s %s", s.name, m)
		if s.name != "real-all" {
			sum += m.mrr
		}
	}
	t.Logf("  summed MRR %.3f", sum)
}

// TestSummary logs every set's figures and their summed MRR.
func TestSummary(t *testing.T) {
	summarize(t, realCorpusOrSkip(t), tuneSets(t))
}
