package mcpload_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/mcpbridge"
	"github.com/workos-docs-tui/workos-docs-tui/mcpbridge/mcpload"
)

// TestRunCountsCallsErrorsAndReplicas drives the fixture server through a
// handler that names itself, as nginx's X-Upstream does, and one that fails.
func TestRunCountsCallsErrorsAndReplicas(t *testing.T) {
	c, err := docs.Load("../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	h := mcpbridge.HTTPHandler(mcpbridge.NewServer(mcpbridge.Loaded(c), mcpbridge.Options{}), "")
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Upstream", "replica-a")
		h.ServeHTTP(w, r)
	}))
	defer ts.Close()
	r := mcpload.Run(t.Context(), mcpload.Options{URL: ts.URL + "/mcp", Clients: 4, Calls: 8, ByHeader: "X-Upstream", APIName: "fetchConnection"})
	if r.Calls != 32 || r.Errors != 0 || r.By["replica-a"] != 32 {
		t.Fatalf("%s; by %v", r, r.By)
	}
	if !(r.P50 <= r.P99 && r.P99 <= r.Max && r.Max > 0) {
		t.Errorf("percentiles out of order: %s", r)
	}
	// A method the corpus lacks is a tool error, and counted as one.
	r = mcpload.Run(t.Context(), mcpload.Options{URL: ts.URL + "/mcp", Clients: 2, Calls: 8, APIName: "noSuchMethod"})
	if r.Errors != 2 || len(r.FirstErrors) != 2 {
		t.Errorf("want 2 errors (one workos_api call per client): %s", r)
	}
	// A wrong endpoint fails every client at initialize.
	r = mcpload.Run(t.Context(), mcpload.Options{URL: ts.URL + "/nope", Clients: 3, Calls: 1})
	if r.Errors != 3 || r.Calls != 0 {
		t.Errorf("wrong endpoint: %s", r)
	}
}
