// Command workos-docs-tui reads the WorkOS developer documentation from a
// terminal: an interactive explorer, an MCP server (--mcp) and CLI verbs.
// This package only wires flags to the docs, tui and mcpbridge packages.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// usageError marks errors that exit with status 2.
type usageError struct{ error }

// globalFlags are shared by the root command and its verbs.
type globalFlags struct {
	docsDir string
	theme   string
	lang    string
	mcp     bool
	http    string
	config  string // explorer: config file (default: the user config folder)
	stack   string // explorer: frontend,backend
}

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	root := newRootCmd()
	// cobra prints a failed --version write with Println, which goes to the
	// "out" writer when one is set: point it at stdout, where the write failed,
	// so the error is printed once, by us.
	root.SetOut(os.Stdout)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	fmt.Fprintln(os.Stderr, "workos-docs-tui:", shortError(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

func newRootCmd() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Short:         "Read the WorkOS developer docs in a terminal, or serve them over MCP",
		SilenceUsage:  true,
		SilenceErrors: true,
		Use:           "workos-docs-tui [PATH[#anchor]]",
		Args:          rootArgs,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if f := cmd.Flags().Lookup("docs"); f != nil && f.Changed && strings.TrimSpace(g.docsDir) == "" {
				return usageError{errors.New(`--docs "" names no folder; leave --docs out to use $WORKOS_DOCS_DIR or the user cache`)}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if g.http != "" && !g.mcp {
				return usageError{errors.New("--http needs --mcp (it picks the MCP transport)")}
			}
			if g.mcp {
				if len(args) > 0 {
					return noArgs(cmd, args)
				}
				return runMCP(cmd, g)
			}
			return runTUI(cmd, g, args)
		},
	}
	root.SuggestionsMinimumDistance = 2 // for unknown commands (noArgs)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&g.docsDir, "docs", "", "corpus folder (default $WORKOS_DOCS_DIR, else the user cache)")
	f := root.Flags()
	f.StringVar(&g.theme, "theme", "auto", "colour theme: auto, dark or light")
	f.StringVar(&g.lang, "lang", "", "default SDK language for the API reference (e.g. python, go, curl)")
	f.BoolVar(&g.mcp, "mcp", false, "serve the docs over the Model Context Protocol on stdio")
	f.StringVar(&g.http, "http", "", "with --mcp: serve streamable HTTP on ADDR (e.g. 127.0.0.1:8765) instead of stdio")
	f.StringVar(&g.config, "config", "", "explorer config file (default $XDG_CONFIG_HOME/workos-docs-tui/config.yaml)")
	f.StringVar(&g.stack, "stack", "", "explorer: your frontend and backend, e.g. nextjs,nodejs (docs show those options)")
	root.Version = version
	root.SetVersionTemplate(versionTemplate(g))

	root.AddCommand(newSyncCmd(g), newSearchCmd(g), newShowCmd(g), newTreeCmd(g))
	return root
}

// rootArgs lets the explorer take one page (PATH[#anchor], a docs URL or a
// .mdx path); runTUI tells a mistyped command from a page.
func rootArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			return noArgs(cmd, args) // "serch hooks": a mistyped command
		}
		return usageError{fmt.Errorf("the explorer opens one page (got %d arguments: %s)", len(args), strings.Join(args, " "))}
	}
	return nil
}

// noArgs refuses arguments as a usage error (exit 2); on the root command an
// argument is an unknown subcommand, so it says so and suggests close names.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if !cmd.HasParent() {
		msg := fmt.Sprintf("unknown command %q", args[0])
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += " (did you mean: " + strings.Join(s, ", ") + "?)"
		}
		return usageError{errors.New(msg + "; see workos-docs-tui --help")}
	}
	return usageError{fmt.Errorf("%s takes no arguments (got %q)", cmd.Name(), args[0])}
}

// maxErrorLen bounds an error line: a message may quote user input (a 12 KB
// query, a huge path), which must not flood the terminal.
const maxErrorLen = 400

// shortError cuts msg to maxErrorLen bytes on a rune boundary, with an ellipsis.
func shortError(msg string) string {
	if len(msg) <= maxErrorLen {
		return msg
	}
	cut := maxErrorLen
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + fmt.Sprintf("… (%d bytes more)", len(msg)-cut)
}
