package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/syncer"
	"github.com/workos-docs-tui/workos-docs-tui/mcpbridge"
)

// mcpTokenEnv holds the optional bearer token for --mcp --http. An environment
// variable rather than a flag keeps the secret out of process listings.
const mcpTokenEnv = "WORKOS_DOCS_MCP_TOKEN"

// stdioMemoryLimit is the soft memory limit of a stdio session, which serves
// one client: it keeps the load's garbage from lifting peak RSS (about 59 →
// 54 MiB on the real corpus). HTTP servers get none: under 200 concurrent
// clients it made the GC run constantly (365 collections vs 24, ~3× fewer
// calls/s, p99 0.8–1 s vs 0.3 s; issue 11).
const stdioMemoryLimit = 40 << 20

// reloadEvery is how often a server checks the corpus manifest for a newer
// sync; a stat and a small read.
const reloadEvery = 2 * time.Second

// loadAnywayAfter starts loading the corpus even if no request has come yet.
const loadAnywayAfter = 200 * time.Millisecond

// firstSyncTimeout bounds the sync --mcp runs when no corpus exists yet.
const firstSyncTimeout = 3 * time.Minute

// runMCP serves the docs over MCP. initialize is answered at once: the corpus
// loads (or is first synced) beside the server and tool calls wait for it.
func runMCP(cmd *cobra.Command, g *globalFlags) error {
	logger := log.New(os.Stderr, "workos-docs-tui: ", 0)
	if os.Getenv("GOMEMLIMIT") == "" && g.http == "" {
		debug.SetMemoryLimit(stdioMemoryLimit)
	}
	protocolOut := os.Stdout
	os.Stdout = os.Stderr // stray prints from any package must not corrupt the protocol stream

	dir, err := docs.ResolveDir(g.docsDir)
	if err != nil {
		return err
	}
	// SIGHUP is not a stop signal here: a long-running server reloads the
	// corpus on it (watchCorpus); a stdio server ends when its client closes stdin.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	opts := mcpbridge.Options{Version: version, Log: logger, CorpusVersion: docs.CorpusVersion(dir)}
	if org, err := docs.Locate(dir); err == nil {
		if m, err := docs.ReadManifest(org); err == nil && len(m.SyncedAt) >= 10 {
			opts.CorpusDate = m.SyncedAt[:10]
		}
	}
	// Loading (maybe a first sync) gets its own context: when serving ends
	// (a signal, stdin closed) it is cancelled and waited for, so a sync
	// removes its work folder before the process exits.
	loadCtx, cancelLoad := context.WithCancel(ctx)
	var loading sync.WaitGroup
	loading.Add(1)
	src := mcpbridge.Deferred(loadCtx, func(ctx context.Context) (*docs.Corpus, error) {
		defer loading.Done()
		return loadForMCP(ctx, dir, logger)
	})
	s := mcpbridge.NewServer(src, opts) // starts loading once the handshake is answered
	// A client that stays quiet still finds the corpus loaded when it asks.
	startTimer := time.AfterFunc(loadAnywayAfter, src.Start)
	defer func() {
		cancelLoad()
		startTimer.Stop()
		src.Start() // no-op when it ran; else it starts on a cancelled context and ends at once
		waitAtMost(&loading, shutdownWait)
	}()
	go watchCorpus(ctx, src, dir, logger)

	if g.http != "" {
		token := os.Getenv(mcpTokenEnv)
		return mcpbridge.ServeHTTP(ctx, s, g.http, token, logger, func(a net.Addr) {
			for _, line := range httpStartLog(a, token) {
				logger.Print(line)
			}
		})
	}
	return mcpbridge.ServeStdio(ctx, s, os.Stdin, protocolOut, logger)
}

// shutdownWait bounds how long --mcp waits at exit for a cancelled load or
// sync to clean up.
const shutdownWait = 10 * time.Second

func waitAtMost(wg *sync.WaitGroup, d time.Duration) {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// httpStartLog is what --mcp --http says on stderr once bound: the endpoint,
// and a warning when other machines can reach it with no token.
func httpStartLog(a net.Addr, token string) []string {
	auth := "no token"
	if token != "" {
		auth = "bearer token from $" + mcpTokenEnv
	}
	out := []string{fmt.Sprintf("MCP streamable HTTP on http://%s/mcp (%s)", a, auth)}
	if token == "" && mcpbridge.Exposed(a) {
		out = append(out, fmt.Sprintf("warning: %s is reachable from other machines and anyone who can connect may call the tools; "+
			"set $%s to require a bearer token, or bind 127.0.0.1", a, mcpTokenEnv))
	}
	return out
}

// loadForMCP loads the corpus, syncing one first when there is none, then
// warms the search index so the first search is fast.
func loadForMCP(ctx context.Context, dir string, logger *log.Logger) (*docs.Corpus, error) {
	if err := ctx.Err(); err != nil {
		return nil, err // shutting down before loading began
	}
	if _, err := docs.Locate(dir); errors.Is(err, docs.ErrNoCorpus) {
		logger.Printf("no WorkOS docs corpus in %s: syncing one (up to %s)", dir, firstSyncTimeout)
		sctx, cancel := context.WithTimeout(ctx, firstSyncTimeout)
		defer cancel()
		last := ""
		res, err := syncer.Sync(sctx, syncer.Options{Dir: dir, Progress: func(p syncer.Progress) {
			line := p.Stage
			if p.Total > 0 {
				line = fmt.Sprintf("%s %d%%", p.Stage, p.Done*100/p.Total/25*25) // quarters, not a flood
			}
			if line != last {
				last = line
				logger.Printf("sync: %s", line)
			}
		}})
		if err != nil {
			logger.Printf("sync failed: %v", err)
			return nil, fmt.Errorf("no corpus and the first sync failed: %w", err)
		}
		logger.Printf("sync: %s %s, %d pages", res.Package, res.Version, res.Pages)
	}
	start := time.Now()
	c, err := docs.Open(dir)
	if err != nil {
		logger.Printf("loading the corpus failed: %v", err)
		return nil, err
	}
	for _, w := range c.Warnings() {
		logger.Printf("warning: %s", w) // a damaged corpus or an unreadable folder: once, on stderr
	}
	c.WarmSearch()
	logger.Printf("corpus ready: %d pages in %s", len(c.Pages), time.Since(start).Round(time.Millisecond))
	return c, nil
}

// watchCorpus swaps in a new corpus after `sync` (the manifest changed) or on
// SIGHUP, once the first load is done. It starts before that load, so a sync
// landing while the server loads is not missed.
func watchCorpus(ctx context.Context, src *mcpbridge.Source, dir string, logger *log.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP) // at once: SIGHUP must never end the server
	defer signal.Stop(hup)
	kick := make(chan struct{}, 1)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				logger.Print("SIGHUP: reloading the corpus")
				select {
				case kick <- struct{}{}:
				default:
				}
			}
		}
	}()
	r := &mcpbridge.Reloader{
		Src: src,
		Log: logger,
		Stamp: func() string {
			org, err := docs.Locate(dir)
			if err != nil {
				return ""
			}
			m, err := docs.ReadManifest(org)
			if err != nil {
				return ""
			}
			return org + "|" + m.Package + "|" + m.Version + "|" + m.Integrity + "|" + m.SyncedAt
		},
		Load: func(context.Context) (*docs.Corpus, error) {
			c, err := docs.Load(dir)
			if err == nil {
				c.WarmSearch()
			}
			return c, err
		},
	}
	r.Run(ctx, reloadEvery, kick)
}
