package search_test

import (
	"reflect"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// On the real corpus too, the parallel build equals the one-worker build.
func TestBuildWorkersRealCorpus(t *testing.T) {
	ds := docs.SearchDocs(realCorpusOrSkip(t))
	want := search.BuildWorkers(ds, 1)
	for _, n := range []int{2, 4} {
		if got := search.BuildWorkers(ds, n); !reflect.DeepEqual(got, want) {
			t.Fatalf("%d workers: index differs from the one-worker build", n)
		}
	}
}
