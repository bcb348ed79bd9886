//go:build headless

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// runTUI explains that this build has no explorer; see render_headless.go.
func runTUI(*cobra.Command, *globalFlags, []string) error {
	return usageError{errors.New("this is a headless build (-tags headless) without the explorer; use --mcp or the search, show, tree and sync commands")}
}
