package syncer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// lockName is the lock file a sync holds in DIR.
const lockName = ".workos-docs-tui.lock"

// lockPoll is how often a waiting sync retries the lock.
const lockPoll = 50 * time.Millisecond

// staleLock is how old an exclusive-create lock file may grow before it is
// taken for the leftover of a crashed sync. Its holder touches it far more often.
const staleLock = 2 * time.Minute

// testHookStale, when set by a test, runs each time a waiter finds a stale
// lock, before it tries to break it.
var testHookStale func()

// lockExclusive is the portable lock: a file created with O_EXCL, kept fresh
// by its holder, and broken when it has not been touched for staleLock.
func lockExclusive(ctx context.Context, dir string, waiting func()) (func(), error) {
	p := filepath.Join(dir, lockName+".excl")
	for first := true; ; first = false {
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			fmt.Fprintln(f, strconv.Itoa(os.Getpid()))
			f.Close()
			stop := make(chan struct{})
			go touchLoop(p, stop)
			return func() { close(stop); os.Remove(p) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("locking %s: %w", dir, err)
		}
		if fi, err := os.Stat(p); err == nil && stale(fi) {
			if testHookStale != nil {
				testHookStale()
			}
			if breakStale(p, fi) {
				continue
			}
		}
		if first {
			waiting()
		}
		if err := sleepCtx(ctx, lockPoll); err != nil {
			return nil, fmt.Errorf("waiting for another sync in %s: %w", dir, err)
		}
	}
}

func stale(fi os.FileInfo) bool { return time.Since(fi.ModTime()) > staleLock }

// breakStale removes the lock file p if it is still the stale file seen as
// seen. Two waiters that saw the same stale lock must not both remove "it":
// the second would delete the fresh lock the first just created, and both
// would hold the lock. So breakers take turns through a gate file (O_EXCL)
// and, inside the gate, look again: only the same file, still stale, goes.
// Holders and creators never remove a file that is not theirs, so within the
// gate nothing else can swap the lock file under the breaker.
// It reports whether it went through the gate (else the caller waits a poll).
func breakStale(p string, seen os.FileInfo) bool {
	gate := p + ".break"
	g, err := os.OpenFile(gate, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		// Another waiter is breaking the lock now. A gate left for long is
		// from a breaker that died within its few system calls.
		if gi, err := os.Stat(gate); err == nil && stale(gi) {
			os.Remove(gate)
		}
		return false
	}
	g.Close()
	defer os.Remove(gate)
	cur, err := os.Stat(p)
	if err != nil || !os.SameFile(cur, seen) || !stale(cur) {
		return true // already broken, or a live holder's lock now
	}
	os.Remove(p)
	return true
}

func touchLoop(p string, stop <-chan struct{}) {
	t := time.NewTicker(staleLock / 4)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case now := <-t.C:
			os.Chtimes(p, now, now)
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
