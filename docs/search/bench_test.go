package search_test

import (
	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

func realIndex(b *testing.B) (*search.Index, []search.Doc) {
	c := realCorpusOrSkip(b)
	ds := docs.SearchDocs(c)
	return search.Build(ds), ds
}

func BenchmarkBuild(b *testing.B) {
	_, ds := realIndex(b)
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		search.Build(ds)
	}
	b.ReportMetric(float64((cputime.Process()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkIndexHeap reports the live heap the index holds (beyond the corpus).
func BenchmarkIndexHeap(b *testing.B) {
	_, ds := realIndex(b)
	var ix *search.Index
	for b.Loop() {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		ix = search.Build(ds)
		runtime.GC()
		runtime.ReadMemStats(&m1)
		b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), "MiB-heap")
	}
	runtime.KeepAlive(ix)
}

var benchQueries = map[string][]string{
	"1term": {"impersonation", "sso", "getAuthorizationUrl", "passkeys", "dsync.user.deleted"},
	"3term": {"okta saml setup", "MFA enroll totp", "stream audit logs", "GET /organizations/:id", "google workspace directory"},
	"8term": {"how do I map identity provider groups to roles", "how can I test SSO without setting up a real identity provider", "how do I make my app invite-only without public sign up"},
	"typo":  {"directroy sync quickstart", "oragnization membership", "impersonaton", "webhok signature"},
	// Questions as pasted from issues: long, with SDK names, API names and error text.
	"issue": {"You are calling withAuth on a route that is not covered by the AuthKit middleware in Next.js",
		"Periodically, with every call to workos.userManagement.authenticateWithRefreshToken, I encounter this error: Refresh token already exchanged. invalid_grant",
		"how long do access tokens last and what happens when a user is removed from the directory in workos-python"},
}

func BenchmarkSearch(b *testing.B) {
	ix, _ := realIndex(b)
	for _, name := range []string{"1term", "3term", "8term", "typo", "issue"} {
		qs := benchQueries[name]
		b.Run(name, func(b *testing.B) {
			lat := make([]time.Duration, 0, 1024)
			i := 0
			c0 := cputime.Process()
			for b.Loop() {
				t := time.Now()
				ix.Search(qs[i%len(qs)], search.Options{})
				lat = append(lat, time.Since(t))
				i++
			}
			b.ReportMetric(float64((cputime.Process()-c0).Microseconds())/float64(b.N), "cpu-µs/op")
			reportP95(b, lat)
		})
	}
}

// BenchmarkGoTo types queries one keystroke at a time.
func BenchmarkGoTo(b *testing.B) {
	ix, _ := realIndex(b)
	var prefixes []string
	for _, q := range []string{"getAuthUrl", "dsync", "okta saml", "get dir user", "list organization"} {
		for n := 1; n <= len(q); n++ {
			prefixes = append(prefixes, q[:n])
		}
	}
	lat := make([]time.Duration, 0, 1024)
	i := 0
	c0 := cputime.Process()
	defer func() { b.ReportMetric(float64((cputime.Process()-c0).Microseconds())/float64(b.N), "cpu-µs/op") }()
	for b.Loop() {
		t := time.Now()
		ix.GoTo(prefixes[i%len(prefixes)], 20)
		lat = append(lat, time.Since(t))
		i++
	}
	reportP95(b, lat)
}

func reportP95(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds()), "µs-p95")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "µs-p50")
}
