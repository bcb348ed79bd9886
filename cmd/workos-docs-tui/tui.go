//go:build !headless

package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
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
	lang := apiref.CanonicalLang(g.lang) // node → js, golang → go…
	o := tui.Options{
		Theme:   g.theme,
		Lang:    lang,
		NoColor: tui.NoColorFromEnv(),
		Load: func() (tui.Docs, error) {
			c, err := docs.Open(dir)
			if err != nil {
				return nil, err
			}
			return tui.FromCorpus(c), nil
		},
	}
	_, err = docs.Locate(dir)
	if lang != "" && err == nil {
		// Only the corpus knows its SDK languages: load it before the screen
		// starts (a fraction of a second) so a wrong --lang is a usage error.
		// After a first-run sync the explorer warns and shows all languages.
		c, err := docs.Open(dir)
		if err != nil {
			return err
		}
		if ls := c.Languages(); len(ls) > 0 && !slices.Contains(ls, lang) {
			return usageError{fmt.Errorf("unknown --lang %q; one of: %s", g.lang, strings.Join(ls, ", "))}
		}
		o.Docs, o.Load = tui.FromCorpus(c), nil
	}
	if errors.Is(err, docs.ErrNoCorpus) {
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
