package mcpbridge

import (
	"bytes"
	"context"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
)

func httpClient(t testing.TB, url, version string, headers map[string]string) *client.Client {
	t.Helper()
	tr, err := transport.NewStreamableHTTP(url, transport.WithHTTPHeaders(headers))
	if err != nil {
		t.Fatal(err)
	}
	return initialized(t, client.NewClient(tr, versionOpts(version)...))
}

func TestHTTPBothEras(t *testing.T) {
	ts := httptest.NewServer(HTTPHandler(testServer(t), ""))
	defer ts.Close()
	for _, v := range protocols {
		c := httpClient(t, ts.URL+"/mcp", v, nil)
		mustContain(t, ok(t, c, "workos_search", map[string]any{"q": "login flows", "maxResults": "3"}), "path: sso/login-flows")
		mustContain(t, ok(t, c, "workos_docs", map[string]any{"path": "sso"}), "Single Sign-On")
	}
}

// post sends a raw JSON-RPC request and returns the status code.
func post(t *testing.T, url string, body string, hdr map[string]string) int {
	t.Helper()
	code, _ := postBody(t, url, body, hdr)
	return code
}

const initBody = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"0"}}}`

func TestHTTPOriginTokenAndSize(t *testing.T) {
	ts := httptest.NewServer(HTTPHandler(testServer(t), ""))
	defer ts.Close()
	u := ts.URL + "/mcp"
	for origin, want := range map[string]int{
		"https://evil.example":  http.StatusForbidden,
		"http://localhost.evil": http.StatusForbidden,
		"null":                  http.StatusForbidden,
		"http://localhost:3000": http.StatusOK,
		"http://127.0.0.1:5173": http.StatusOK,
		"http://[::1]:8080":     http.StatusOK,
		"":                      http.StatusOK,
	} {
		hdr := map[string]string{}
		if origin != "" {
			hdr["Origin"] = origin
		}
		if got := post(t, u, initBody, hdr); got != want {
			t.Errorf("Origin %q: %d, want %d", origin, got, want)
		}
	}
	big := `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":"` + strings.Repeat("x", MaxRequestBytes) + `"}}`
	if got := post(t, u, big, nil); got != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize body: %d", got)
	}

	tok := httptest.NewServer(HTTPHandler(testServer(t), "s3cret"))
	defer tok.Close()
	for auth, want := range map[string]int{
		"":              http.StatusUnauthorized,
		"Bearer wrong":  http.StatusUnauthorized,
		"s3cret":        http.StatusUnauthorized,
		"Bearer s3cret": http.StatusOK,
		"bearer s3cret": http.StatusOK, // RFC 7235: the scheme is case-insensitive
		"BEARER s3cret": http.StatusOK,
		"Basic s3cret":  http.StatusUnauthorized,
	} {
		hdr := map[string]string{}
		if auth != "" {
			hdr["Authorization"] = auth
		}
		if got := post(t, tok.URL+"/mcp", initBody, hdr); got != want {
			t.Errorf("Authorization %q: %d, want %d", auth, got, want)
		}
	}
	c := httpClient(t, tok.URL+"/mcp", "", map[string]string{"Authorization": "Bearer s3cret"})
	ok(t, c, "workos_list", nil)
}

func TestHTTPAddr(t *testing.T) {
	for in, want := range map[string]string{
		"8765":           "127.0.0.1:8765",
		":8765":          "127.0.0.1:8765",
		"0.0.0.0:9000":   "0.0.0.0:9000",
		"localhost:7000": "localhost:7000",
		"[::1]:7001":     "[::1]:7001",
	} {
		if got := HTTPAddr(in); got != want {
			t.Errorf("HTTPAddr(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestServeHTTPShutsDownGracefully(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- ServeHTTP(ctx, testServer(t), "0", "", nil, func(a net.Addr) { addrc <- a }) }()
	addr := <-addrc
	if !strings.HasPrefix(addr.String(), "127.0.0.1:") {
		t.Errorf("bound %s, want loopback", addr)
	}
	c := httpClient(t, "http://"+addr.String()+"/mcp", "", nil)
	ok(t, c, "workos_docs", map[string]any{"path": "sso"})
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no shutdown")
	}
}

func TestStdioCarriesOnlyProtocol(t *testing.T) {
	in := strings.NewReader(initBody + "\n" +
		`{"jsonrpc":"2.0","method":"notifications/initialized"}` + "\n" +
		`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"workos_docs","arguments":{"path":"sso"}}}` + "\n")
	out := &syncWriter{w: &bytes.Buffer{}}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	pr, pw := newPipe(in)
	go func() {
		// keep stdin open until the tool answer arrived, as a client would
		for ctx.Err() == nil && !strings.Contains(out.String(), `"id":2`) {
			time.Sleep(5 * time.Millisecond)
		}
		pw.Close()
	}()
	if err := ServeStdio(ctx, testServer(t), pr, out, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("stdout lines: %q", lines)
	}
	answered := false
	for _, l := range lines {
		if !strings.HasPrefix(l, `{"jsonrpc":"2.0"`) {
			t.Errorf("non-protocol line on stdout: %q", l)
		}
		answered = answered || strings.Contains(l, `"id":2`) && strings.Contains(l, "Single Sign-On")
	}
	if !answered {
		t.Errorf("no tool answer in %q", lines)
	}
}

// TestLoopbackLoad drives 2,000 tool calls from 16 goroutines over loopback
// HTTP and logs throughput and p99; it asserts only that nothing failed. It
// serves the real corpus when WORKOS_DOCS_DIR names one, else the fixture.
func TestLoopbackLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	srv := testServer(t)
	if dir := os.Getenv("WORKOS_DOCS_DIR"); dir != "" {
		c, err := docs.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		srv = NewServer(Loaded(c), Options{})
	}
	ts := httptest.NewServer(HTTPHandler(srv, ""))
	defer ts.Close()
	workers, perWorker := 16, 125 // 2,000 calls
	if raceEnabled {
		perWorker = 10 // still 16 concurrent clients, for -race to watch
	}
	var mu sync.Mutex
	var lat []time.Duration
	var failures []string
	start := time.Now()
	var wg sync.WaitGroup
	for w := range workers {
		c := httpClient(t, ts.URL+"/mcp", "", nil)
		wg.Go(func() {
			for i := range perWorker {
				tool, args := "workos_search", map[string]any{"query": "connection events"}
				if (w+i)%2 == 1 {
					tool, args = "workos_docs", map[string]any{"path": "sso/login-flows"}
				}
				req := mcp.CallToolRequest{}
				req.Params.Name, req.Params.Arguments = tool, args
				t0 := time.Now()
				res, err := c.CallTool(t.Context(), req)
				d := time.Since(t0)
				mu.Lock()
				lat = append(lat, d)
				if err != nil || res.IsError {
					failures = append(failures, tool)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	el := time.Since(start)
	slices.Sort(lat)
	if len(failures) > 0 {
		t.Fatalf("%d of %d calls failed: %v", len(failures), len(lat), failures[:min(5, len(failures))])
	}
	t.Logf("%d calls, %d goroutines: %.0f calls/s, median %s, p99 %s, max %s", len(lat), workers,
		float64(len(lat))/el.Seconds(), lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1])
}
