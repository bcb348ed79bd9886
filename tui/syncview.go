package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// SyncProgress is what a first-run sync reports.
type SyncProgress struct {
	Stage   string // e.g. "resolving", "downloading", "extracting"
	Version string
	Done    int64
	Total   int64 // 0 when unknown
}

// SyncFunc fetches the corpus; it calls progress from its own goroutine.
type SyncFunc func(ctx context.Context, progress func(SyncProgress)) error

type syncProgressMsg SyncProgress

type syncDoneMsg struct{ err error }

// syncer runs a first-run sync and shows its progress.
type syncer struct {
	sh     *shared
	run    SyncFunc
	ch     chan SyncProgress
	cancel context.CancelFunc
	last   SyncProgress
	err    error
	bar    progress.Model
}

func newSyncer(sh *shared, run SyncFunc) *syncer {
	return &syncer{sh: sh, run: run, bar: progress.New(progress.WithDefaultBlend())}
}

// start returns the Cmds that run the sync and relay its progress.
func (s *syncer) start() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan SyncProgress, 16)
	s.ch, s.cancel, s.err = ch, cancel, nil
	run := s.run
	do := func() tea.Msg {
		err := run(ctx, func(p SyncProgress) {
			select {
			case ch <- p:
			default: // the screen is behind: drop this one, a later report follows
			}
		})
		close(ch)
		return syncDoneMsg{err: err}
	}
	return tea.Batch(do, s.wait())
}

func (s *syncer) wait() tea.Cmd {
	ch := s.ch
	return func() tea.Msg {
		p, ok := <-ch
		if !ok {
			return nil
		}
		return syncProgressMsg(p)
	}
}

func (s *syncer) stop() {
	if s.cancel != nil {
		s.cancel()
	}
}

// syncFix says exactly what to do when the first sync fails.
const syncFix = `To fix it, do one of these, then start again:
  • use a registry you can reach:
      export WORKOS_DOCS_REGISTRY=<npm registry URL>
  • install a downloaded @workos/mcp-docs-server tarball:
      workos-docs-tui sync --from FILE.tgz
  • read an existing corpus:
      workos-docs-tui --docs DIR   (or set WORKOS_DOCS_DIR)`

func (s *syncer) view(w, h int) string {
	st := s.sh.styles
	var b strings.Builder
	if s.err != nil {
		b.WriteString(st.Error.Render("Could not fetch the WorkOS docs."))
		b.WriteString("\n\n" + s.err.Error() + "\n\n" + syncFix + "\n\n")
		b.WriteString(st.Dim.Render(s.sh.keys.Global.Quit.Help().Key + " quit"))
	} else {
		b.WriteString(st.BoxTitle.Render("Fetching the WorkOS docs (first run)"))
		stage := s.last.Stage
		if stage == "" {
			stage = "starting"
		}
		if s.last.Version != "" {
			stage += " " + s.last.Version
		}
		b.WriteString("\n\n" + stage + "\n\n")
		s.bar.SetWidth(max(10, min(60, w-4)))
		pct := 0.0
		if s.last.Total > 0 {
			pct = float64(s.last.Done) / float64(s.last.Total)
		}
		b.WriteString(s.bar.ViewAs(pct))
		if s.last.Total > 0 {
			fmt.Fprintf(&b, "\n%s", st.Dim.Render(fmt.Sprintf("%d / %d KiB", s.last.Done/1024, s.last.Total/1024)))
		}
		b.WriteString("\n\n" + st.Dim.Render(s.sh.keys.Global.Quit.Help().Key+" cancel"))
	}
	return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Padding(1, 2).Render(b.String())
}
