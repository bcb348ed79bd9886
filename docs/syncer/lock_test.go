package syncer

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestExclusiveLockStaleBreakIsExclusive has several waiters find the same
// stale lock at once (a hook holds each until all have seen it), then checks
// that the lock is held by one of them at a time and that each gets it. A
// break that is not exclusive lets a late breaker delete the fresh lock of the
// first, and two waiters hold it together.
func TestExclusiveLockStaleBreakIsExclusive(t *testing.T) {
	const waiters, rounds = 6, 5
	for round := range rounds {
		dir := t.TempDir()
		p := filepath.Join(dir, lockName+".excl")
		if err := os.WriteFile(p, []byte("1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-2 * staleLock)
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}

		// Each waiter sees the stale file once before anyone may break it:
		// none can remove it before all have arrived, so all arrive.
		var arrived sync.WaitGroup
		arrived.Add(waiters)
		var calls atomic.Int32
		testHookStale = func() {
			if calls.Add(1) <= waiters {
				arrived.Done()
				arrived.Wait()
			}
		}
		t.Cleanup(func() { testHookStale = nil })

		var holders, most, got atomic.Int32
		var wg sync.WaitGroup
		for range waiters {
			wg.Go(func() {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				defer cancel()
				unlock, err := lockExclusive(ctx, dir, func() {})
				if err != nil {
					t.Error(err)
					return
				}
				n := holders.Add(1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				time.Sleep(2 * time.Millisecond) // hold it a while, so an overlap would show
				holders.Add(-1)
				got.Add(1)
				unlock()
			})
		}
		wg.Wait()
		testHookStale = nil
		if most.Load() != 1 || got.Load() != waiters {
			t.Fatalf("round %d: up to %d holders at once, %d of %d waiters got the lock", round, most.Load(), got.Load(), waiters)
		}
		if c := calls.Load(); c != waiters {
			t.Errorf("round %d: %d stale sightings, want %d (one per waiter)", round, c, waiters)
		}
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("round %d: lock file left after all unlocked: %v", round, err)
		}
	}
}
