package testcorpus

import (
	"testing"
)

// recorder stands in for a test: it records whether Dir skipped or failed.
type recorder struct {
	testing.TB
	skipped, failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Skipf(string, ...any)  { r.skipped = true; panic(r) }
func (r *recorder) Fatalf(string, ...any) { r.failed = true; panic(r) }

func call(tb testing.TB, f func(testing.TB)) {
	defer func() {
		if v := recover(); v != nil && v != tb {
			panic(v)
		}
	}()
	f(tb)
}

func TestDirSkipsLocallyFailsInCI(t *testing.T) {
	t.Setenv(Env, "")
	for _, tc := range []struct {
		ci           string
		skip, failed bool
	}{{"", true, false}, {"false", true, false}, {"true", false, true}, {"1", false, true}} {
		t.Setenv("CI", tc.ci)
		r := &recorder{TB: t}
		call(r, func(tb testing.TB) { Dir(tb) })
		if r.skipped != tc.skip || r.failed != tc.failed {
			t.Errorf("CI=%q: skipped %v failed %v; want %v %v", tc.ci, r.skipped, r.failed, tc.skip, tc.failed)
		}
	}
	t.Setenv(Env, t.TempDir()+"/missing")
	t.Setenv("CI", "")
	r := &recorder{TB: t}
	call(r, func(tb testing.TB) { Dir(tb) })
	if !r.failed {
		t.Error("a $WORKOS_DOCS_DIR that does not exist must fail, not skip")
	}
}
