package mcpbridge

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
)

// TestDeferredLoadStartsAfterHandshake: a deferred corpus load does not run
// while the server is merely built; the handshake of either protocol era
// (initialize, or the stateless era's first request) starts it, once.
func TestDeferredLoadStartsAfterHandshake(t *testing.T) {
	for _, version := range []string{mcp.ProtocolVersion20251125, ""} {
		t.Run("version="+version, func(t *testing.T) {
			var loads atomic.Int32
			src := Deferred(t.Context(), func(context.Context) (*docsCorpus, error) {
				loads.Add(1)
				return fixture(t), nil
			})
			s := NewServer(src, Options{})
			if loads.Load() != 0 || src.Ready() {
				t.Fatal("building the server started loading")
			}
			c := connect(t, s, version)
			select { // the handshake alone starts loading: no tool has asked yet
			case <-src.done:
			case <-time.After(5 * time.Second):
				t.Fatal("the handshake did not start loading")
			}
			mustContain(t, ok(t, c, "workos_docs", map[string]any{"path": "sso"}), "Single Sign-On")
			ok(t, c, "workos_search", map[string]any{"query": "sso"})
			if n := loads.Load(); n != 1 {
				t.Fatalf("loaded %d times, want 1", n)
			}
		})
	}
}
