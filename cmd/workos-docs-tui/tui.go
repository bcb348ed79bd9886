package main

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/syncer"
	"github.com/workos-docs-tui/workos-docs-tui/tui"
)

// runTUI starts the explorer. With no corpus anywhere it syncs one first, on screen.
func runTUI(cmd *cobra.Command, g *globalFlags) error {
	switch g.theme {
	case "auto", "dark", "light":
	default:
		return usageError{fmt.Errorf("--theme must be auto, dark or light (got %q)", g.theme)}
	}
	dir, err := docs.ResolveDir(g.docsDir)
	if err != nil {
		return err
	}
	o := tui.Options{
		Theme:   g.theme,
		Lang:    g.lang,
		NoColor: tui.NoColorFromEnv(),
		Load: func() (tui.Docs, error) {
			c, err := docs.Load(dir)
			if err != nil {
				return nil, err
			}
			return tui.FromCorpus(c), nil
		},
	}
	if _, err := docs.Locate(dir); errors.Is(err, docs.ErrNoCorpus) {
		o.Sync = func(ctx context.Context, progress func(tui.SyncProgress)) error {
			_, err := syncer.Sync(ctx, syncer.Options{Dir: dir, Progress: func(p syncer.Progress) {
				progress(tui.SyncProgress{Stage: p.Stage, Version: p.Version, Done: p.Done, Total: p.Total})
			}})
			return err
		}
	}
	_, err = tea.NewProgram(tui.New(o), tea.WithContext(cmd.Context())).Run()
	if errors.Is(err, tea.ErrProgramKilled) && cmd.Context().Err() != nil {
		return nil
	}
	return err
}
