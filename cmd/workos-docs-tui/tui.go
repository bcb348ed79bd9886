//go:build !headless

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/syncer"
	"github.com/workos-docs-tui/workos-docs-tui/internal/config"
	"github.com/workos-docs-tui/workos-docs-tui/internal/userstate"
	"github.com/workos-docs-tui/workos-docs-tui/tui"
)

// runTUI starts the explorer, on the page args[0] names when given. With no
// corpus anywhere it syncs one first, on screen. Settings come from the
// flags, then the remembered session, then the config file.
// hasExplorer: this build has the explorer (see tui_headless.go).
const hasExplorer = true

func runTUI(cmd *cobra.Command, g *globalFlags, args []string) error {
	cfg, km, err := loadConfig(g.config)
	if err != nil {
		return usageError{err}
	}
	// The session: a missing file is a first run, a broken one a status line.
	var sess userstate.State
	var notice string
	store, serr := stateStore()
	if serr == nil {
		sess, serr = store.Load()
	}
	if serr != nil {
		notice = serr.Error()
	}
	// A page asked for wins over the resumed one (tui.Options.Start); the
	// session still goes in whole: a mistyped page opens the palette over the
	// resumed page, so quitting from there keeps the saved reading position.
	if t := sess.Theme; t != "auto" && t != "dark" && t != "light" {
		sess.Theme = "" // a saved value this version does not know is dropped, not an error
	}
	flags := cmd.Flags()
	theme := pick(flags.Changed("theme"), g.theme, cfg.Theme, sess.Theme, "auto")
	switch theme {
	case "auto", "dark", "light":
	default:
		return usageError{fmt.Errorf("--theme must be auto, dark or light (got %q)", theme)}
	}
	var stack docs.Stack
	if flags.Changed("stack") {
		if stack, err = docs.ParseStack(g.stack); err != nil {
			return usageError{fmt.Errorf("--stack: %w", err)}
		}
	}

	dir, err := docs.ResolveDir(g.docsDir)
	if err != nil {
		return err
	}
	lang := apiref.CanonicalLang(pick(flags.Changed("lang"), g.lang, sess.Lang, cfg.Language)) // node → js, golang → go…
	if lang == userstate.All && !flags.Changed("lang") {
		lang = "" // the reader chose every language last time
	}
	if !flags.Changed("stack") {
		s := sess.Stack
		if s == "" {
			s = cfg.Stack
		}
		if s == userstate.All {
			s = ""
		}
		if stack, err = docs.ParseStack(s); err != nil {
			stack = docs.Stack{} // a stale saved stack is dropped; a bad config one was caught above
		}
	}
	o := tui.Options{
		Theme:   theme,
		Lang:    lang,
		Stack:   stack,
		NoColor: tui.NoColorFromEnv(),
		Dumb:    os.Getenv("TERM") == "dumb",
		Keys:    km,
		NoMouse: cfg.Mouse != nil && !*cfg.Mouse,
		Session: sess,
		Notice:  notice,
		Load: func() (tui.Docs, error) {
			c, err := docs.Open(dir)
			if err != nil {
				return nil, err
			}
			return tui.FromCorpus(c), nil
		},
	}
	if len(args) == 1 {
		o.Start = args[0]
	}
	var (
		saveMu  sync.Mutex // saves run in Cmds: bookmarks while reading, the session on quit
		saveErr error
	)
	if store.Path != "" {
		o.Save = func(st userstate.State) error {
			saveMu.Lock()
			defer saveMu.Unlock()
			saveErr = store.Save(st)
			return saveErr
		}
	}
	_, err = docs.Locate(dir)
	if (flags.Changed("lang") || o.Start != "") && err == nil {
		// Only the corpus knows its SDK languages and pages: load it before
		// the screen starts (a fraction of a second) so a wrong --lang or a
		// mistyped command is a usage error. After a first-run sync the
		// explorer warns and shows all languages.
		c, err := docs.Open(dir)
		if err != nil {
			return err
		}
		if ls := c.Languages(); flags.Changed("lang") && len(ls) > 0 && !slices.Contains(ls, lang) {
			return usageError{fmt.Errorf("unknown --lang %q; one of: %s", g.lang, strings.Join(ls, ", "))}
		}
		if _, _, ok := c.Resolve(o.Start); o.Start != "" && !ok && !strings.ContainsAny(o.Start, "/.#") {
			// "serach" is more likely a command than a page: say so, as before.
			if s := cmd.SuggestionsFor(o.Start); len(s) > 0 {
				return usageError{fmt.Errorf("unknown command or page %q (did you mean: %s?); see workos-docs-tui --help", o.Start, strings.Join(s, ", "))}
			}
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
	saveMu.Lock()
	if saveErr != nil { // the screen is gone: one line, and the exit stays clean
		fmt.Fprintln(os.Stderr, "workos-docs-tui:", saveErr)
	}
	saveMu.Unlock()
	if errors.Is(err, tea.ErrProgramKilled) && cmd.Context().Err() != nil {
		return nil
	}
	return err
}

// pick is the flag's value when it was given, else the first setting that is set.
func pick(changed bool, flag string, rest ...string) string {
	if changed {
		return flag
	}
	for _, s := range rest {
		if s != "" {
			return s
		}
	}
	return ""
}

func stateStore() (userstate.Store, error) {
	p, err := userstate.DefaultPath()
	if err != nil {
		return userstate.Store{}, fmt.Errorf("session not restored or saved: %w", err)
	}
	return userstate.Store{Path: p}, nil
}

// loadConfig reads the config file (--config, else the default path, which
// may be missing) and applies its key remapping. Every error is one line
// naming the file, the line and the binding.
func loadConfig(path string) (config.Config, *tui.KeyMap, error) {
	explicit := path != ""
	if !explicit {
		p, err := config.DefaultPath()
		if err != nil {
			return config.Config{}, nil, nil // no config folder: defaults
		}
		path = p
	}
	cfg, err := config.Load(path, explicit)
	if err != nil {
		return cfg, nil, err
	}
	if cfg.Stack != "" {
		if _, err := docs.ParseStack(cfg.Stack); err != nil {
			return cfg, nil, &config.Error{Path: path, Line: cfg.Lines["stack"], Msg: err.Error()}
		}
	}
	if len(cfg.Keys) == 0 {
		return cfg, nil, nil
	}
	km := tui.DefaultKeyMap()
	lines := map[string]int{}
	for _, e := range cfg.Keys {
		if err := km.Rebind(e.Name, e.Keys); err != nil {
			return cfg, nil, &config.Error{Path: path, Line: e.Line, Msg: err.Error()}
		}
		lines[e.Name] = e.Line
	}
	if err := km.Conflict(); err != nil {
		line := 0
		var kc *tui.KeyConflict
		if errors.As(err, &kc) {
			// Name the remapped binding: the other one kept its default.
			if lines[kc.First] > lines[kc.Second] {
				kc.First, kc.Second = kc.Second, kc.First
			}
			line = lines[kc.Second]
			err = fmt.Errorf("%s: key %q is already bound to %s", kc.Second, kc.Key, kc.First)
		} else {
			for name, l := range lines {
				if strings.HasPrefix(err.Error(), name+":") {
					line = l
				}
			}
		}
		return cfg, nil, &config.Error{Path: path, Line: line, Msg: err.Error()}
	}
	return cfg, &km, nil
}
