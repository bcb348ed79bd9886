// Command mcpload drives an MCP streamable HTTP endpoint with many clients
// (see package mcpload) and prints what it measured; it exits 1 on any error.
//
//	go run ./mcpbridge/mcpload/cmd/mcpload -url http://127.0.0.1:8080/mcp -clients 200 -calls 20
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/mcpbridge/mcpload"
)

func main() {
	url := flag.String("url", "", "the /mcp endpoint (loopback)")
	clients := flag.Int("clients", 200, "concurrent clients")
	calls := flag.Int("calls", 20, "tool calls per client")
	by := flag.String("by-header", "", "count answers by this response header (e.g. X-Upstream)")
	api := flag.String("api-name", "", "workos_api name in the call mix (default getProfileAndToken)")
	asJSON := flag.Bool("json", false, "print the report as JSON")
	flag.Parse()
	if *url == "" {
		fmt.Fprintln(os.Stderr, "mcpload: -url is required")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	r := mcpload.Run(ctx, mcpload.Options{URL: *url, Clients: *clients, Calls: *calls, ByHeader: *by, APIName: *api,
		Token: os.Getenv("WORKOS_DOCS_MCP_TOKEN")})
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(map[string]any{
			"calls": r.Calls, "errors": r.Errors, "callsPerSecond": r.PerSecond(),
			"p50ms": r.P50.Seconds() * 1000, "p90ms": r.P90.Seconds() * 1000, "p99ms": r.P99.Seconds() * 1000,
			"maxms": r.Max.Seconds() * 1000, "by": r.By, "firstErrors": r.FirstErrors,
		})
	} else {
		fmt.Println(r)
		for _, l := range r.SortedBy() {
			fmt.Println("  " + l)
		}
	}
	if r.Errors > 0 || r.Calls == 0 {
		os.Exit(1)
	}
}
