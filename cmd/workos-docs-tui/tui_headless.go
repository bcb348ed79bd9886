//go:build headless

package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// hasExplorer: this build has no explorer (the config file and PATH are its own).
const hasExplorer = false

// runTUI explains that this build has no explorer; see render_headless.go. A
// mistyped command ("serch") still gets its did-you-mean.
func runTUI(cmd *cobra.Command, _ *globalFlags, args []string) error {
	if len(args) == 1 {
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			return usageError{fmt.Errorf("unknown command or page %q (did you mean: %s?); see workos-docs-tui --help", args[0], strings.Join(s, ", "))}
		}
	}
	return usageError{errors.New("this is a headless build (-tags headless) without the explorer; use --mcp or the search, show, tree and sync commands")}
}
