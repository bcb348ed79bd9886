package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
)

func newTreeCmd(g *globalFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "tree [--json]",
		Short: "Print the navigation tree of the docs",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadCorpusCLI(g)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(treeJSON(c.Nav))
			}
			return writeTree(cmd.OutOrStdout(), c.Nav, 0)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: [{title, path, url, children}], path \"\" for groups")
	return cmd
}

// treeNode is the JSON shape of tree --json.
type treeNode struct {
	Title    string     `json:"title"`
	Path     string     `json:"path"`
	URL      string     `json:"url"`
	Children []treeNode `json:"children"`
	Dangling bool       `json:"dangling,omitempty"`
	Unlisted bool       `json:"unlisted,omitempty"`
}

func treeJSON(ns []*docs.NavNode) []treeNode {
	out := make([]treeNode, 0, len(ns))
	for _, n := range ns {
		t := treeNode{Title: n.Title, Path: n.Path, Children: treeJSON(n.Children), Dangling: n.Dangling, Unlisted: n.Unlisted}
		if n.Path != "" {
			t.URL = docs.URL(n.Path, "")
		}
		out = append(out, t)
	}
	return out
}

// writeTree prints one node a line, indented two spaces a level, with its path.
func writeTree(w io.Writer, ns []*docs.NavNode, depth int) error {
	for _, n := range ns {
		line := strings.Repeat("  ", depth) + termsafe.Clean(n.Title) // cleaned at load; guards the terminal anyway
		switch {
		case n.Dangling:
			line += "  (" + termsafe.Clean(n.Path) + ", missing)"
		case n.Path != "":
			line += "  (" + termsafe.Clean(n.Path) + ")"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
		if err := writeTree(w, n.Children, depth+1); err != nil {
			return err
		}
	}
	return nil
}
