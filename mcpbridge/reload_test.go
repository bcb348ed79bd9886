package mcpbridge

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// TestReloadDuringCalls swaps a new corpus in while clients are calling:
// nothing fails, every answer comes whole from one corpus, calls after the
// swap see the new one, and new clients get instructions naming it.
func TestReloadDuringCalls(t *testing.T) {
	old := fixture(t)
	fresh, err := docs.Load("testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	fresh.Manifest = docs.Manifest{Package: "@workos/mcp-docs-server", Version: "9.9.9", SyncedAt: "2027-01-02T00:00:00Z"}

	src := Loaded(old)
	s := NewServer(src, Options{Version: "test", CorpusVersion: "1.0.0"})
	mustContain(t, initInstructions(t, s), "1.0.0")

	stamp := atomic.Value{}
	stamp.Store("a")
	kick := make(chan struct{})
	started := make(chan struct{})
	r := &Reloader{Src: src, Stamp: stampThenSignal(&stamp, started),
		Load: func(context.Context) (*docs.Corpus, error) { return fresh, nil }}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go r.Run(ctx, 5*time.Millisecond, kick)
	<-started // Run holds the first stamp

	var wg sync.WaitGroup
	var before, after, other atomic.Int64
	stop := make(chan struct{})
	for range 4 {
		c := connect(t, s, "")
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				txt := ok(t, c, ToolDocs, map[string]any{"path": "sso"})
				switch {
				case strings.Contains(txt, "9.9.9"):
					after.Add(1)
				case strings.Contains(txt, "Corpus: 1.0.0"):
					before.Add(1)
				default:
					other.Add(1)
				}
			}
		}()
	}
	for before.Load() < 20 {
		time.Sleep(time.Millisecond)
	}
	stamp.Store("b") // a sync rewrote the manifest
	deadline := time.Now().Add(10 * time.Second)
	for src.Swaps() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if src.Swaps() != 1 {
		t.Fatalf("no swap after the stamp changed")
	}
	seen := after.Load()
	for after.Load() < seen+20 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if other.Load() != 0 || after.Load() < 20 {
		t.Errorf("answers: %d before, %d after, %d from neither corpus", before.Load(), after.Load(), other.Load())
	}
	// After the swap every new call is on the new corpus.
	mustContain(t, ok(t, connect(t, s, ""), ToolDocs, map[string]any{"path": "sso"}), "9.9.9")
	mustContain(t, initInstructions(t, s), "9.9.9", "2027-01-02")
}

func initInstructions(t *testing.T, s *Server) string {
	t.Helper()
	res, err := connect(t, s, mcp.ProtocolVersion20251125).Initialize(t.Context(), func() mcp.InitializeRequest {
		ir := mcp.InitializeRequest{}
		ir.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "0"}
		ir.Params.ProtocolVersion = mcp.ProtocolVersion20251125
		return ir
	}())
	if err != nil {
		t.Fatal(err)
	}
	return res.Instructions
}

// A reload that fails leaves the old corpus serving; the next change retries.
func TestReloadFailureKeepsTheOldCorpus(t *testing.T) {
	old := fixture(t)
	src := Loaded(old)
	var stamp atomic.Value
	stamp.Store("a")
	tries := make(chan struct{}, 10)
	started := make(chan struct{})
	r := &Reloader{Src: src, Stamp: stampThenSignal(&stamp, started),
		Load: func(context.Context) (*docs.Corpus, error) { tries <- struct{}{}; return nil, errTestNoCorpus }}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	kick := make(chan struct{}, 1)
	go r.Run(ctx, time.Millisecond, kick)
	<-started
	stamp.Store("b")
	<-tries
	kick <- struct{}{}
	<-tries
	if src.Swaps() != 0 || src.Current() != old {
		t.Fatalf("a failed reload replaced the corpus")
	}
}

// stampThenSignal is a Stamp over v that closes started once its first value
// is read. Read first, then signal: closing started before the read let a
// test change v in between, so Run's first stamp was already the new one and
// no change was ever seen (the test hung; reproduced with -count=3000).
func stampThenSignal(v *atomic.Value, started chan struct{}) func() string {
	var once sync.Once
	return func() string {
		s := v.Load().(string)
		once.Do(func() { close(started) })
		return s
	}
}
