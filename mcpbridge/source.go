package mcpbridge

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// Source hands the loaded corpus to handlers. The server answers initialize
// before the corpus exists, so loading runs beside it and handlers wait here.
// A long-running server swaps in a newer corpus with Swap: a call takes the
// corpus once when it starts, so calls in flight finish on the old one and
// later calls see the new one.
type Source struct {
	done  chan struct{}
	state atomic.Pointer[loaded] // nil until the first load ends
	wait  time.Duration          // longest a handler waits for loading
	run   func()                 // starts loading; nil when the corpus came ready-made
	once  sync.Once
	swaps atomic.Int64
}

// loaded is the outcome of a load: a corpus or why there is none.
type loaded struct {
	c   *docs.Corpus
	err error
}

// DefaultWait bounds how long one tool call waits for the corpus to load (or
// for a first sync to finish) before it answers with an error the model can retry.
const DefaultWait = 90 * time.Second

// Loaded wraps a corpus that is already in memory (tests, embedding).
func Loaded(c *docs.Corpus) *Source {
	s := &Source{done: make(chan struct{}), wait: DefaultWait}
	st := &loaded{c: c}
	if c == nil {
		st.err = errors.New("no corpus")
	}
	s.state.Store(st)
	close(s.done)
	return s
}

// Loading starts load on its own goroutine and returns at once.
func Loading(ctx context.Context, load func(context.Context) (*docs.Corpus, error)) *Source {
	s := Deferred(ctx, load)
	s.Start()
	return s
}

// Deferred prepares load without starting it: Start, or the first handler that
// asks for the corpus, does. NewServer starts it once initialize is answered:
// loading uses both cores, and started at spawn it delayed the handshake by
// about 12 ms (42 → 54 ms median, headless build, 2 cores).
func Deferred(ctx context.Context, load func(context.Context) (*docs.Corpus, error)) *Source {
	s := &Source{done: make(chan struct{}), wait: DefaultWait}
	s.run = func() {
		go func() {
			defer close(s.done)
			st := &loaded{}
			defer func() {
				if r := recover(); r != nil {
					st = &loaded{err: fmt.Errorf("loading the corpus panicked: %v", r)}
				}
				s.state.CompareAndSwap(nil, st) // a Swap that came first wins
			}()
			st.c, st.err = load(ctx)
			if st.err == nil && st.c == nil {
				st.err = errors.New("no corpus")
			}
		}()
	}
	return s
}

// Start begins loading; later calls do nothing.
func (s *Source) Start() {
	if s.run != nil {
		s.once.Do(s.run)
	}
}

// Ready reports whether loading has finished (successfully or not).
func (s *Source) Ready() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// Current is the corpus now served, or nil while none is loaded.
func (s *Source) Current() *docs.Corpus {
	if st := s.state.Load(); st != nil {
		return st.c
	}
	return nil
}

// Swap serves c from now on; calls already running keep the corpus they took.
// A nil c is ignored: a failed reload leaves the old corpus in place.
func (s *Source) Swap(c *docs.Corpus) {
	if c == nil {
		return
	}
	s.state.Store(&loaded{c: c})
	s.swaps.Add(1)
}

// Swaps counts the corpora swapped in since start.
func (s *Source) Swaps() int64 { return s.swaps.Load() }

// Corpus waits for loading to finish, ctx to end, or the wait bound.
func (s *Source) Corpus(ctx context.Context) (*docs.Corpus, error) {
	s.Start()
	if st := s.state.Load(); st != nil {
		return st.c, st.err
	}
	t := time.NewTimer(s.wait)
	defer t.Stop()
	select {
	case <-s.done:
		st := s.state.Load()
		return st.c, st.err
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, fmt.Errorf("the WorkOS docs corpus is still loading after %s; try again shortly", s.wait)
	}
}
