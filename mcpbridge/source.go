package mcpbridge

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// Source hands the loaded corpus to handlers. The server answers initialize
// before the corpus exists, so loading runs beside it and handlers wait here.
type Source struct {
	done chan struct{}
	c    *docs.Corpus
	err  error
	wait time.Duration // longest a handler waits for loading
	run  func()        // starts loading; nil when the corpus came ready-made
	once sync.Once
}

// DefaultWait bounds how long one tool call waits for the corpus to load (or
// for a first sync to finish) before it answers with an error the model can retry.
const DefaultWait = 90 * time.Second

// Loaded wraps a corpus that is already in memory (tests, embedding).
func Loaded(c *docs.Corpus) *Source {
	s := &Source{done: make(chan struct{}), c: c, wait: DefaultWait}
	if c == nil {
		s.err = errors.New("no corpus")
	}
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
			defer func() {
				if r := recover(); r != nil {
					s.c, s.err = nil, fmt.Errorf("loading the corpus panicked: %v", r)
				}
			}()
			s.c, s.err = load(ctx)
			if s.err == nil && s.c == nil {
				s.err = errors.New("no corpus")
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

// Corpus waits for loading to finish, ctx to end, or the wait bound.
func (s *Source) Corpus(ctx context.Context) (*docs.Corpus, error) {
	s.Start()
	select {
	case <-s.done:
		return s.c, s.err
	default:
	}
	t := time.NewTimer(s.wait)
	defer t.Stop()
	select {
	case <-s.done:
		return s.c, s.err
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, fmt.Errorf("the WorkOS docs corpus is still loading after %s; try again shortly", s.wait)
	}
}
