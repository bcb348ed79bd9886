package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholders until the issues that build them land; each helper replaces its own.
var errNotBuilt = usageError{errors.New("not built yet")}

func runMCP(cmd *cobra.Command, g *globalFlags) error { return errNotBuilt }
func runTUI(cmd *cobra.Command, g *globalFlags) error { return errNotBuilt }
func newSyncCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{Use: "sync", RunE: func(*cobra.Command, []string) error { return errNotBuilt }}
}
func newSearchCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{Use: "search", RunE: func(*cobra.Command, []string) error { return errNotBuilt }}
}
func newShowCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{Use: "show", RunE: func(*cobra.Command, []string) error { return errNotBuilt }}
}
func newTreeCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{Use: "tree", RunE: func(*cobra.Command, []string) error { return errNotBuilt }}
}
