package mcpbridge

import (
	"context"
	"log"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// Reloader keeps a long-running server on the newest corpus: when Stamp
// changes (a `sync` rewrote the manifest) or Kick fires (SIGHUP), it loads
// the corpus beside the one being served and swaps it in. Calls in flight
// finish on the corpus they took; a failed load leaves the old one serving.
type Reloader struct {
	Src   *Source
	Stamp func() string // names the corpus on disk, cheaply (the manifest); "" = none
	Load  func(context.Context) (*docs.Corpus, error)
	Log   *log.Logger
}

// Run polls Stamp every interval and reloads on a change or a kick, until ctx
// ends. Start it before the first load: the stamp it takes first is then one
// the load has seen or older, so a sync that lands while loading is caught.
// Nothing is reloaded before the first load has finished.
func (r *Reloader) Run(ctx context.Context, every time.Duration, kick <-chan struct{}) {
	last := r.Stamp()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		forced := false
		select {
		case <-ctx.Done():
			return
		case <-kick:
			forced = true
		case <-t.C:
		}
		if !r.Src.Ready() {
			continue
		}
		now := r.Stamp()
		if !forced && (now == last || now == "") {
			continue
		}
		last = now
		r.reload(ctx)
	}
}

func (r *Reloader) reload(ctx context.Context) {
	start := time.Now()
	c, err := r.Load(ctx)
	if err != nil || c == nil {
		if r.Log != nil {
			r.Log.Printf("reload failed, still serving the previous corpus: %v", err)
		}
		return
	}
	r.Src.Swap(c)
	if r.Log != nil {
		r.Log.Printf("corpus reloaded: %s %s, %d pages in %s", c.Manifest.Package, c.Manifest.Version, len(c.Pages), time.Since(start).Round(time.Millisecond))
	}
}
