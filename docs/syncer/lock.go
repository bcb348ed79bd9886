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
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(p)
			continue
		}
		if first {
			waiting()
		}
		if err := sleepCtx(ctx, lockPoll); err != nil {
			return nil, fmt.Errorf("waiting for another sync in %s: %w", dir, err)
		}
	}
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
