// Package mcpload drives an MCP streamable HTTP endpoint with many concurrent
// clients, each initializing and then making a fixed number of tool calls,
// and reports throughput, latency percentiles and errors. The loops are
// bounded: Clients × Calls requests, then it stops. Use it on loopback.
package mcpload

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Options say what to send.
type Options struct {
	URL     string // the /mcp endpoint
	Clients int    // concurrent clients (default 200)
	Calls   int    // tool calls per client after initialize (default 20)
	Token   string // bearer token, if the server wants one
	// ByHeader, if set, counts answers by this response header's value (a
	// load balancer's upstream address, say) in Report.By.
	ByHeader string
	Timeout  time.Duration // per request (default 30 s)
	// APIName is the workos_api name in the call mix (default
	// getProfileAndToken); a test corpus may name its methods otherwise.
	APIName string
}

// Report is what a run measured.
type Report struct {
	Calls, Errors int
	Elapsed       time.Duration
	P50, P90, P99 time.Duration
	Max           time.Duration
	By            map[string]int // answers per ByHeader value
	FirstErrors   []string       // up to 5
}

// PerSecond is calls per second over the whole run.
func (r Report) PerSecond() float64 { return float64(r.Calls) / r.Elapsed.Seconds() }

func (r Report) String() string {
	s := fmt.Sprintf("%d calls, %d errors in %s: %.0f calls/s, p50 %s, p90 %s, p99 %s, max %s",
		r.Calls, r.Errors, r.Elapsed.Round(time.Millisecond), r.PerSecond(),
		ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max))
	for _, e := range r.FirstErrors {
		s += "\n  error: " + e
	}
	return s
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// calls is the mix every client cycles through: searches, page reads,
// listings and API lookups, as an agent would send them.
var calls = []struct {
	tool string
	args map[string]any
}{
	{"workos_search", map[string]any{"query": "sso connection"}},
	{"workos_docs", map[string]any{"path": "sso/login-flows"}},
	{"workos_search", map[string]any{"query": "directory sync user created"}},
	{"workos_list", map[string]any{"path": "sso"}},
	{"workos_api", nil}, // name from Options.APIName
	{"workos_search", map[string]any{"query": "organization domain verification", "maxResults": 5}},
	{"workos_docs", map[string]any{"path": "sso", "maxTokens": 2000}},
	{"workos_list", map[string]any{}},
}

const protocol = "2025-11-25"

// Run drives the endpoint once and waits for every client to finish.
func Run(ctx context.Context, o Options) Report {
	if o.Clients <= 0 {
		o.Clients = 200
	}
	if o.Calls <= 0 {
		o.Calls = 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.APIName == "" {
		o.APIName = "getProfileAndToken"
	}
	hc := &http.Client{Timeout: o.Timeout, Transport: &http.Transport{
		MaxIdleConns: o.Clients, MaxIdleConnsPerHost: o.Clients, IdleConnTimeout: 30 * time.Second,
	}}
	defer hc.CloseIdleConnections()

	var mu sync.Mutex
	rep := Report{By: map[string]int{}}
	lat := make([]time.Duration, 0, o.Clients*o.Calls)
	fail := func(msg string) {
		rep.Errors++
		if len(rep.FirstErrors) < 5 {
			rep.FirstErrors = append(rep.FirstErrors, msg)
		}
	}
	start := time.Now()
	var wg sync.WaitGroup
	for w := range o.Clients {
		wg.Go(func() {
			init := fmt.Sprintf(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":%q,"capabilities":{},"clientInfo":{"name":"mcpload","version":"0"}}}`, protocol)
			if _, _, err := post(ctx, hc, o, []byte(init)); err != nil {
				mu.Lock()
				fail("initialize: " + err.Error())
				mu.Unlock()
				return
			}
			for i := range o.Calls {
				c := calls[(w+i)%len(calls)]
				args := c.args
				if c.tool == "workos_api" {
					args = map[string]any{"name": o.APIName}
				}
				body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": i + 1, "method": "tools/call",
					"params": map[string]any{"name": c.tool, "arguments": args}})
				t0 := time.Now()
				by, isErr, err := post(ctx, hc, o, body)
				d := time.Since(t0)
				mu.Lock()
				lat = append(lat, d)
				rep.Calls++
				if by != "" {
					rep.By[by]++
				}
				switch {
				case err != nil:
					fail(c.tool + ": " + err.Error())
				case isErr:
					fail(c.tool + ": isError result")
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	rep.Elapsed = time.Since(start)
	slices.Sort(lat)
	if n := len(lat); n > 0 {
		rep.P50, rep.P90, rep.P99, rep.Max = lat[n*50/100], lat[n*90/100], lat[min(n*99/100, n-1)], lat[n-1]
	}
	return rep
}

// post sends one JSON-RPC request and reads its answer (JSON or one SSE
// event): the ByHeader value, whether it was a tool error, or a failure.
func post(ctx context.Context, hc *http.Client, o Options, body []byte) (by string, isErr bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, o.URL, bytes.NewReader(body))
	if err != nil {
		return "", false, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Mcp-Protocol-Version", protocol)
	if o.Token != "" {
		req.Header.Set("Authorization", "Bearer "+o.Token)
	}
	res, err := hc.Do(req)
	if err != nil {
		return "", false, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return "", false, err
	}
	if o.ByHeader != "" {
		by = res.Header.Get(o.ByHeader)
	}
	if res.StatusCode != http.StatusOK {
		return by, false, fmt.Errorf("HTTP %d: %.100s", res.StatusCode, b)
	}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		b = sseData(b)
	}
	var m struct {
		Error  *struct{ Message string } `json:"error"`
		Result *struct {
			IsError bool `json:"isError"`
		} `json:"result"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return by, false, fmt.Errorf("bad answer: %.100s", b)
	}
	if m.Error != nil {
		return by, false, fmt.Errorf("JSON-RPC error: %s", m.Error.Message)
	}
	return by, m.Result != nil && m.Result.IsError, nil
}

// sseData is the data of the first event of an SSE body.
func sseData(b []byte) []byte {
	var out []byte
	for _, line := range bytes.Split(b, []byte("\n")) {
		if d, ok := bytes.CutPrefix(line, []byte("data:")); ok {
			out = append(out, bytes.TrimSpace(d)...)
		} else if len(bytes.TrimSpace(line)) == 0 && len(out) > 0 {
			break
		}
	}
	return out
}

// SortedBy lists Report.By as "key: n" lines, sorted by key.
func (r Report) SortedBy() []string {
	keys := make([]string, 0, len(r.By))
	for k := range r.By {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s: %d", k, r.By[k])
	}
	return out
}
