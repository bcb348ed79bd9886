package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/syncer"
)

func newSyncCmd(g *globalFlags) *cobra.Command {
	var pkg string
	var from []string
	var noSDKs, force bool
	cmd := &cobra.Command{
		Use:   "sync [--docs DIR] [--package SPEC] [--from FILE.tgz]... [--no-sdks]",
		Short: "Fetch or refresh the docs corpus from the npm registry (or a local tarball)",
		Long: `Fetch or refresh the docs corpus.

The registry is $WORKOS_DOCS_REGISTRY, else the one npm is configured with
($npm_config_registry, .npmrc, npm config get registry), so mirrors and
private registries work as they do for npm. The tarball's integrity is
verified, only .docs/organized/ is extracted, and the new corpus replaces the
old one atomically; a failed sync leaves the old corpus as it was.

Then the READMEs (and changelogs) of the SDK packages the docs name are
fetched the same way into sdks/ beside the corpus; a package that fails is
reported and skipped. --no-sdks skips them. --from may be given several times:
the docs tarball and SDK tarballs (air-gapped installs ask no registry).

Every installed file's SHA-256 is recorded; sync checks them and reinstalls
a corpus whose files were changed or deleted (--force: always).`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("sync takes no arguments (got %q)", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(from) > 0 && cmd.Flags().Changed("package") {
				return usageError{errors.New("sync: --from and --package exclude each other")}
			}
			if err := syncer.CheckSpec(pkg); err != nil {
				return usageError{fmt.Errorf("--package: %w", err)}
			}
			dir, err := docs.ResolveDir(g.docsDir)
			if err != nil {
				return err
			}
			o := syncer.Options{Dir: dir, Package: pkg, NoSDKs: noSDKs, Force: force}
			if err := sortTarballs(&o, from); err != nil {
				return err
			}
			// SIGHUP too (a closed terminal): a sync stopped by a signal
			// cleans up its work folder before the process ends.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
			defer stop()
			return runSync(ctx, o, os.Stderr, isatty.IsTerminal(os.Stderr.Fd()))
		},
	}
	f := cmd.Flags()
	f.StringVar(&pkg, "package", syncer.DefaultPackage, "npm package spec: name, name@version, name@range (^0.2) or name@dist-tag")
	f.StringArrayVar(&from, "from", nil, "install from a local .tgz instead of the registry: the docs package, or SDK packages (repeatable)")
	f.BoolVar(&noSDKs, "no-sdks", false, "skip the SDK guides (the SDK packages' READMEs)")
	f.BoolVar(&force, "force", false, "reinstall even when the installed corpus is intact")
	return cmd
}

// sortTarballs puts the one docs tarball in o.From and the rest in o.SDKTarballs.
func sortTarballs(o *syncer.Options, files []string) error {
	for _, f := range files {
		_, isDocs, err := syncer.TarballPackage(f)
		if err != nil {
			return err
		}
		switch {
		case isDocs && o.From != "":
			return usageError{fmt.Errorf("sync: two docs tarballs (%s and %s)", o.From, f)}
		case isDocs:
			o.From = f
		default:
			o.SDKTarballs = append(o.SDKTarballs, f)
		}
	}
	return nil
}

// runSync syncs and reports on w: live progress only on a terminal, then one
// final line either way.
func runSync(ctx context.Context, o syncer.Options, w io.Writer, tty bool) error {
	var line *progressLine
	if tty {
		line = &progressLine{w: w}
		o.Progress = line.show
	}
	res, err := syncer.Sync(ctx, o)
	if line != nil {
		line.clear()
	}
	if err != nil {
		return err
	}
	switch {
	case !res.Changed:
		fmt.Fprintf(w, "already at %s %s (%d pages) in %s\n", res.Package, res.Version, res.Pages, res.Dir)
	case res.Repair != "":
		fmt.Fprintf(w, "reinstalled %s %s (%d pages) in %s: %s\n", res.Package, res.Version, res.Pages, res.Dir, res.Repair)
	default:
		fmt.Fprintf(w, "synced %s %s (%d pages) into %s\n", res.Package, res.Version, res.Pages, res.Dir)
	}
	for _, l := range syncer.SDKSummary(res.SDKs) {
		fmt.Fprintln(w, l)
	}
	return nil
}

// progressLine redraws one status line with \r, at most every 100 ms.
type progressLine struct {
	w     io.Writer
	last  time.Time
	stage string
	drawn bool
}

func (l *progressLine) show(p syncer.Progress) {
	now := time.Now()
	if p.Stage == l.stage && now.Sub(l.last) < 100*time.Millisecond {
		return
	}
	l.stage, l.last, l.drawn = p.Stage, now, true
	s := p.Stage
	if p.Version != "" {
		s += " " + p.Version
	}
	switch {
	case p.Total > 0:
		s += fmt.Sprintf("  %s / %s", mib(p.Done), mib(p.Total))
	case p.Done > 0:
		s += "  " + mib(p.Done)
	}
	fmt.Fprintf(l.w, "\r\x1b[K%s…", s)
}

func (l *progressLine) clear() {
	if l.drawn {
		fmt.Fprint(l.w, "\r\x1b[K")
	}
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
