package mcpbridge

import (
	"net/http/httptest"
	"os"
	"runtime"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/mcpbridge/mcpload"
)

// BenchmarkHTTPLoad is 200 clients × 20 tool calls over loopback HTTP per
// iteration, on the real corpus when WORKOS_DOCS_DIR names one. It reports
// calls/s, p50 and p99 in ms and garbage collections per run. Client and
// server share the process; scripts/bench-http.sh measures the real binary.
//
//	go test ./mcpbridge -run '^$' -bench HTTPLoad -benchtime 3x
func BenchmarkHTTPLoad(b *testing.B) {
	srv, api := testServer(b), "fetchConnection" // the fixture's method
	if dir := os.Getenv("WORKOS_DOCS_DIR"); dir != "" {
		c, err := docs.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		c.WarmSearch()
		srv, api = NewServer(Loaded(c), Options{}), ""
	}
	ts := httptest.NewServer(HTTPHandler(srv, ""))
	defer ts.Close()
	var perSec, p50, p99 float64
	var gc0, gc1 runtime.MemStats
	runtime.ReadMemStats(&gc0)
	for b.Loop() {
		r := mcpload.Run(b.Context(), mcpload.Options{URL: ts.URL + "/mcp", Clients: 200, Calls: 20, APIName: api})
		if r.Errors > 0 {
			b.Fatalf("%s", r)
		}
		perSec += r.PerSecond()
		p50 += r.P50.Seconds() * 1000
		p99 += r.P99.Seconds() * 1000
	}
	runtime.ReadMemStats(&gc1)
	n := float64(b.N)
	b.ReportMetric(perSec/n, "calls/s")
	b.ReportMetric(p50/n, "p50-ms")
	b.ReportMetric(p99/n, "p99-ms")
	b.ReportMetric(float64(gc1.NumGC-gc0.NumGC)/n, "GCs/op")
}
