package tui

import (
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// Benchmarks run on the real corpus when WORKOS_DOCS_DIR is set, else skip.
// go test ./tui -run '^$' -bench . -benchtime 200x

var (
	realOnce sync.Once
	realCorp *docs.Corpus
	realErr  error
)

func realDocs(b testing.TB) *docs.Corpus {
	b.Helper()
	dir := testcorpus.Dir(b)
	realOnce.Do(func() { realCorp, realErr = docs.Load(dir) })
	if realErr != nil {
		b.Fatal(realErr)
	}
	return realCorp
}

func realModel(b testing.TB, w, h int) *Model {
	c := realDocs(b)
	d := FromCorpus(c)
	d.GoTo("warm", 1) // the index is built once per corpus: not part of a keystroke
	m := New(Options{Docs: d, Theme: "dark", OpenURL: func(string) tea.Cmd { return nil }})
	m.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	drain(m, tea.Batch(m.Init(), func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} }))
	return m
}

// reportPercentiles adds p50 and p95 of per-op durations to the benchmark output.
func reportPercentiles(b *testing.B, ds []time.Duration) {
	slices.Sort(ds)
	if len(ds) == 0 {
		return
	}
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(ds[len(ds)*95/100].Microseconds())/1000, "p95-ms")
}

// BenchmarkPaletteKeystroke: one key typed into the palette → frame drawn.
// The Cmds (go-to and full text) are not run: this is the cost the keystroke
// itself puts on the Update loop. BenchmarkPaletteKeystrokeToResults runs them.
func BenchmarkPaletteKeystroke(b *testing.B) {
	m := realModel(b, 120, 36)
	press(m, "/")
	query := []rune("magic auth sso connection")
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		k := tea.KeyPressMsg{Code: tea.KeyBackspace}
		if j := i % (2 * len(query)); j < len(query) {
			k = tea.KeyPressMsg{Code: query[j], Text: string(query[j])}
		}
		t := time.Now()
		m.Update(k) // the returned go-to and search Cmds are not run here
		_ = m.View()
		ds = append(ds, time.Since(t))
	}
	reportPercentiles(b, ds)
}

// BenchmarkPaletteKeystrokeToResults: one key typed → its go-to and full-text
// Cmds run (concurrently, as the runtime runs a Batch) → each answer goes back
// through Update and a frame is drawn. p50/p95 "goto-ms" is the key to the
// frame with go-to matches, "all-ms" the key to the frame with both result sets.
func BenchmarkPaletteKeystrokeToResults(b *testing.B) {
	benchPaletteToResults(b, "magic auth sso connection")
}

// BenchmarkPaletteLangPrefixToResults: a query that starts with an SDK
// language asks go-to for more matches (to keep that language's symbols).
func BenchmarkPaletteLangPrefixToResults(b *testing.B) {
	benchPaletteToResults(b, "go directory list users")
}

func benchPaletteToResults(b *testing.B, q string) {
	m := realModel(b, 120, 36)
	press(m, "/")
	query := []rune(q)
	toGoTo := make([]time.Duration, 0, b.N)
	toAll := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		k := tea.KeyPressMsg{Code: tea.KeyBackspace}
		if j := i % (2 * len(query)); j < len(query) {
			k = tea.KeyPressMsg{Code: query[j], Text: string(query[j])}
		}
		t := time.Now()
		_, cmd := m.Update(k)
		_ = m.View()
		for msg := range runConcurrently(cmd) {
			m.Update(msg)
			_ = m.View()
			if _, ok := msg.(gotoResultMsg); ok {
				toGoTo = append(toGoTo, time.Since(t))
			}
		}
		toAll = append(toAll, time.Since(t))
	}
	b.StopTimer()
	if m.palette.pending {
		b.Fatal("the last query's full-text results never arrived")
	}
	reportNamedPercentiles(b, "goto", toGoTo)
	reportNamedPercentiles(b, "all", toAll)
}

// runConcurrently runs a Cmd, each Cmd of a Batch in its own goroutine, and
// yields their messages in arrival order.
func runConcurrently(cmd tea.Cmd) <-chan tea.Msg {
	out := make(chan tea.Msg)
	var wg sync.WaitGroup
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch msg := c().(type) {
			case nil:
			case tea.BatchMsg:
				for _, sub := range msg {
					run(sub)
				}
			default:
				out <- msg
			}
		}()
	}
	run(cmd)
	go func() { wg.Wait(); close(out) }()
	return out
}

func reportNamedPercentiles(b *testing.B, name string, ds []time.Duration) {
	slices.Sort(ds)
	if len(ds) == 0 {
		return
	}
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, name+"-p50-ms")
	b.ReportMetric(float64(ds[len(ds)*95/100].Microseconds())/1000, name+"-p95-ms")
}

// BenchmarkFullTextSearch is the palette's full-text Cmd for growing prefixes.
func BenchmarkFullTextSearch(b *testing.B) {
	d := FromCorpus(realDocs(b))
	qs := []string{"m", "ma", "magic", "magic auth", "directory sync webhooks", "getProfileAndToken"}
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		t := time.Now()
		d.Search(qs[i%len(qs)], search.Options{Limit: searchLimit})
		ds = append(ds, time.Since(t))
	}
	reportPercentiles(b, ds)
}

// BenchmarkTreeMove: cursor down one row and draw, with every node expanded.
func BenchmarkTreeMove(b *testing.B) {
	m := realModel(b, 120, 36)
	var expand func([]*docs.NavNode)
	expand = func(ns []*docs.NavNode) {
		for _, n := range ns {
			m.tree.open[n] = true
			expand(n.Children)
		}
	}
	expand(m.tree.roots)
	m.tree.rebuild()
	m.focus = paneTree
	down, up := keyMsg("j"), keyMsg("k")
	b.ResetTimer()
	for i := range b.N {
		k := down
		if (i/len(m.tree.rows))%2 == 1 {
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
	b.ReportMetric(float64(len(m.tree.rows)), "rows")
}

func eventsJob(b *testing.B, m *Model) renderJob {
	drain(m, m.open(location{Path: "events", Offset: -1}, true))
	if m.pager.doc == nil {
		b.Fatal("events page not rendered")
	}
	return m.job(m.pager.doc.key)
}

// BenchmarkRenderEventsFirst renders the largest page (events) from Markdown.
func BenchmarkRenderEventsFirst(b *testing.B) {
	m := realModel(b, 120, 36)
	j := eventsJob(b, m)
	b.ResetTimer()
	for range b.N {
		if _, err := j.run(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderEventsCached: reopen the events page from the cache and draw it.
func BenchmarkRenderEventsCached(b *testing.B) {
	m := realModel(b, 120, 36)
	eventsJob(b, m)
	b.ResetTimer()
	for i := range b.N {
		path := "events"
		if i%2 == 1 {
			path = homePath
		}
		if cmd := m.open(location{Path: path, Offset: -1}, false); cmd != nil {
			b.Fatal("cache miss")
		}
		_ = m.View()
	}
}

// BenchmarkLaunchFirstFrame: program start → the first frame ("loading", the
// corpus loads in a Cmd).
func BenchmarkLaunchFirstFrame(b *testing.B) {
	testcorpus.Dir(b)
	for range b.N {
		m := New(Options{Theme: "dark", Load: func() (Docs, error) { return nil, nil }})
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
		_ = m.View()
	}
}

// BenchmarkLaunchFullFrame: start → corpus loaded → welcome page rendered and drawn.
func BenchmarkLaunchFullFrame(b *testing.B) {
	dir := testcorpus.Dir(b)
	for range b.N {
		m := New(Options{Theme: "dark", Load: func() (Docs, error) {
			c, err := docs.Load(dir)
			return FromCorpus(c), err
		}})
		m.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
		drain(m, tea.Batch(m.Init(), func() tea.Msg { return tea.WindowSizeMsg{Width: 120, Height: 36} }))
		if m.pager.doc == nil {
			b.Fatal("no page on screen")
		}
		_ = m.View()
	}
}
