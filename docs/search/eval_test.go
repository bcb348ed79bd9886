package search_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// evalQuery is one line of a query set (the shape of the shared bench files).
type evalQuery struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Args struct {
		Query string `json:"query"`
	} `json:"args"`
	Expect []string `json:"expect"`
	Note   string   `json:"note"`
}

var (
	realOnce   sync.Once
	realCorpus *docs.Corpus
	realErr    error
)

// realCorpusOrSkip loads $WORKOS_DOCS_DIR once per test binary.
func realCorpusOrSkip(tb testing.TB) *docs.Corpus {
	tb.Helper()
	dir := testcorpus.Dir(tb)
	realOnce.Do(func() { realCorpus, realErr = docs.Load(dir) })
	if realErr != nil {
		tb.Fatal(realErr)
	}
	return realCorpus
}

func readQueries(t testing.TB, path string) []evalQuery {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []evalQuery
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var q evalQuery
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s: %v in %q", path, err, line)
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(out) == 0 {
		// 0/0 is NaN, and NaN passes every floor comparison.
		t.Fatalf("%s holds no queries", path)
	}
	return out
}

// metrics are the relevance figures of a query set.
type metrics struct{ hit1, hit5, mrr float64 }

// evaluate runs the queries and reports hit@1, hit@5 and MRR@10, where a
// query's rank is that of the first expected page among the hits.
func evaluate(t *testing.T, c *docs.Corpus, qs []evalQuery) metrics {
	t.Helper()
	var m metrics
	for _, q := range qs {
		res := c.Search(q.Args.Query, search.Options{Limit: 10})
		rank := 0
		for i, h := range res.Hits {
			if slices.Contains(q.Expect, h.Path) {
				rank = i + 1
				break
			}
		}
		if rank == 1 {
			m.hit1++
		}
		if rank >= 1 && rank <= 5 {
			m.hit5++
			m.mrr += 1 / float64(rank)
		} else if rank > 5 {
			m.mrr += 1 / float64(rank)
		}
		if rank != 1 && testing.Verbose() {
			var got []string
			for _, h := range res.Hits[:min(5, len(res.Hits))] {
				got = append(got, h.Path)
			}
			t.Logf("%-4s rank %2d  %-45q want %v got %v", q.ID, rank, q.Args.Query, q.Expect, got)
		}
	}
	if len(qs) == 0 {
		t.Fatal("no queries to evaluate") // the figures would be NaN, which passes any floor
	}
	n := float64(len(qs))
	m.hit1, m.hit5, m.mrr = m.hit1/n, m.hit5/n, m.mrr/n
	t.Logf("%d queries: hit@1 %.3f  hit@5 %.3f  MRR@10 %.3f", len(qs), m.hit1, m.hit5, m.mrr)
	return m
}

// Floors set from measurement (see doc.go), a little below the measured
// figures so ranking changes that lose ground fail here.
func TestRelevanceOwnSet(t *testing.T) {
	checkSet(t, filepath.Join("testdata", "queries.jsonl"), metrics{hit1: 0.87, hit5: 0.97, mrr: 0.92})
}

// The held-out set was written from the corpus pages without looking at the
// own set, to catch tuning that only fits queries.jsonl.
func TestRelevanceHeldOut(t *testing.T) {
	checkSet(t, filepath.Join("testdata", "heldout.jsonl"), metrics{hit1: 0.84, hit5: 0.94, mrr: 0.89})
}

// The fresh set was written a round later still, from browsing the corpus
// without reading either set above: many "how do I" questions over every
// area, short topic queries and a few identifiers.
func TestRelevanceFresh(t *testing.T) {
	checkSet(t, filepath.Join("testdata", "fresh.jsonl"), metrics{hit1: 0.76, hit5: 0.94, mrr: 0.84})
}

// The blind set was written a round after the fresh set, from browsing the
// corpus without reading any other set: symptom queries the way a coding agent
// phrases them mid-integration, short search-box queries and questions, in
// words chosen to differ from the page's own (claims for JWT template, suspend
// for deactivate, whitelist for allowlist).
func TestRelevanceBlind(t *testing.T) {
	checkSet(t, filepath.Join("testdata", "blind.jsonl"), metrics{hit1: 0.61, hit5: 0.85, mrr: 0.72})
}

// The real set is questions as developers asked them in public GitHub issues
// and pull requests of WorkOS SDKs and of projects using them (the asker's
// words, trimmed; each line names its thread), labelled by reading the
// pages. Its first realTuned queries were looked at while tuning; the rest
// were held out in the first round and have been looked at since (the
// second round); they keep their own floor.
func TestRelevanceReal(t *testing.T) {
	qs := readQueries(t, filepath.Join("testdata", "real.jsonl"))
	c := realCorpusOrSkip(t)
	t.Run("all", func(t *testing.T) { check(t, evaluate(t, c, qs), metrics{hit1: 0.63, hit5: 0.85, mrr: 0.74}) })
	t.Run("heldout", func(t *testing.T) {
		check(t, evaluate(t, c, qs[realTuned:]), metrics{hit1: 0.55, hit5: 0.80, mrr: 0.68})
	})
}

// realTuned is how many queries of real.jsonl were used for tuning.
const realTuned = 40

// The second real set is of the same kind as real.jsonl (the askers' words
// from public GitHub threads of WorkOS SDKs and projects using them, one
// question per thread, none shared with the other sets), collected and
// labelled by reading the pages after the first tuning round. It was held
// out at first, then its misses were read and some second-round choices
// were measured on it (see doc.go): it is a tuned set now, and real3 is the
// held-out one. Its sdks/* labels need the SDK guides.
func TestRelevanceReal2(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "real2.jsonl"), metrics{hit1: 0.78, hit5: 0.91, mrr: 0.84})
}

// The third real set is of the same kind again (the askers' words from public
// GitHub threads of WorkOS SDKs and projects using them, one question per
// thread, none shared with real.jsonl, real2.jsonl or sdk.jsonl), collected
// and labelled during the second tuning round and held out through it. In the
// third round, with real4 collected to take its place, its misses were read:
// it is a tuned set now. Its sdks/* labels need the SDK guides.
func TestRelevanceReal3(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "real3.jsonl"), metrics{hit1: 0.70, hit5: 0.87, mrr: 0.79})
}

// The fourth real set (75 questions: 44 from threads of the workos GitHub
// org's SDKs and libraries, 31 from projects that use WorkOS) was collected
// in the third round by two collectors who never ran the search, labelled
// by reading the pages, and held out until its misses were read later in
// that round (the "<area> API" rule came from them). Its sdks/* labels need
// the SDK guides.
func TestRelevanceReal4(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "real4.jsonl"), metrics{hit1: 0.68, hit5: 0.92, mrr: 0.78})
}

// The fifth real set (71 questions: 35 from workos-node, -python, -ruby, -go
// and the AuthKit React libraries, mostly pull request titles; 36 from the
// other workos org repos and projects that use WorkOS) came last in the third
// round, the same way, and was held out until the fifth round, when its
// misses were read. Its sdks/* labels need the SDK guides.
func TestRelevanceReal5(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "real5.jsonl"), metrics{hit1: 0.76, hit5: 0.92, mrr: 0.84})
}

// The sixth real set (46 questions: 26 from issues and pull requests of the
// workos org's language SDKs, 20 from the AuthKit libraries, example apps and
// projects that use WorkOS) closed the third round and was held out until
// the fifth, like real5. Its sdks/* labels need the SDK guides.
func TestRelevanceReal6(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "real6.jsonl"), metrics{hit1: 0.72, hit5: 0.87, mrr: 0.78})
}

// The seventh real set (41 questions: 27 from the workos org's language SDKs,
// 14 from the AuthKit libraries and projects that use WorkOS) opened the
// fifth round and is never tuned on: the honest stand-in for the private
// set. The public threads of WorkOS SDKs are nearly used up by the seven
// sets (the collectors kept 41 of about 90 new threads). Its sdks/* labels
// need the SDK guides.
func TestRelevanceReal7(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "real7.jsonl"), metrics{hit1: 0.56, hit5: 0.85, mrr: 0.69})
}

// The shared sample set lives beside the repository, not in it
// ($WORKOS_SAMPLE_QUERIES names it elsewhere, e.g. from a worktree).
func TestRelevanceSharedSample(t *testing.T) {
	c := realCorpusOrSkip(t)
	path := sampleQueriesPath()
	if path == "" {
		t.Skip("no shared sample query set beside the repository")
	}
	m := evaluate(t, c, readQueries(t, path))
	check(t, m, metrics{hit1: 0.90, hit5: 0.95, mrr: 0.93})
}

// sampleQueriesPath is the shared sample set's file, or "" if there is none.
func sampleQueriesPath() string {
	path := os.Getenv("WORKOS_SAMPLE_QUERIES")
	if path == "" {
		root, err := repoRoot()
		if err != nil {
			return ""
		}
		path = filepath.Join(root, "..", "shared", "bench", "sample-queries.jsonl")
	}
	if _, err := os.Stat(path); err != nil {
		return ""
	}
	return path
}

// checkSet evaluates one query file on the real corpus against its floors.
func checkSet(t *testing.T, file string, floor metrics) {
	t.Helper()
	check(t, evaluate(t, realCorpusOrSkip(t), readQueries(t, file)), floor)
}

// checkSDKSet is checkSet for a set labelled with SDK guide pages: it skips
// on a corpus synced without the guides.
func checkSDKSet(t *testing.T, file string, floor metrics) {
	t.Helper()
	c := realCorpusOrSkip(t)
	if len(c.SDKs) == 0 {
		t.Skip("the real corpus was synced without SDK guides")
	}
	check(t, evaluate(t, c, readQueries(t, file)), floor)
}

func check(t *testing.T, got, floor metrics) {
	t.Helper()
	if got.hit1 < floor.hit1 || got.hit5 < floor.hit5 || got.mrr < floor.mrr {
		t.Errorf("below floor: got %s, floor %s", got, floor)
	}
}

func (m metrics) String() string {
	return fmt.Sprintf("hit@1 %.3f hit@5 %.3f MRR@10 %.3f", m.hit1, m.hit5, m.mrr)
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the test")
		}
		dir = parent
	}
}

// The SDK set is real questions about SDK helpers that only the SDK guides
// (the synced READMEs of issue 15) answer; it needs them beside the corpus.
func TestRelevanceSDKGuides(t *testing.T) {
	checkSDKSet(t, filepath.Join("testdata", "sdk.jsonl"), metrics{hit1: 0.77, hit5: 0.83, mrr: 0.80})
}

// TestEmptyQueryFileFails: a query file with no queries must fail the
// relevance check, not pass it with NaN figures.
func TestEmptyQueryFileFails(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	if err := os.WriteFile(empty, []byte("// only a comment\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ft := &fakeT{TB: t}
	func() {
		defer func() { recover() }() // fakeT.Fatalf stops the check like t.Fatalf would
		readQueries(ft, empty)
	}()
	if !ft.failed {
		t.Error("an empty query file was accepted")
	}
}

// fakeT records a failure instead of failing the test.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Fatalf(string, ...any) { f.failed = true; panic("fatal") }
func (f *fakeT) Fatal(...any)          { f.failed = true; panic("fatal") }
func (f *fakeT) Helper()               {}
