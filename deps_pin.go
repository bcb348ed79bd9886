//go:build tools

// Package main pins modules that later code imports, so `go mod tidy` keeps them
// while the packages that use them are being written. Delete once all are imported.
package main

import (
	_ "charm.land/bubbles/v2/help"
	_ "charm.land/bubbles/v2/key"
	_ "charm.land/bubbles/v2/progress"
	_ "charm.land/bubbles/v2/textinput"
	_ "charm.land/bubbles/v2/viewport"
	_ "charm.land/bubbletea/v2"
	_ "charm.land/glamour/v2"
	_ "charm.land/glamour/v2/styles"
	_ "charm.land/lipgloss/v2"
	_ "github.com/charmbracelet/x/ansi"
	_ "github.com/charmbracelet/x/exp/golden"
	_ "github.com/charmbracelet/x/exp/teatest/v2"
	_ "github.com/junegunn/fzf/src/algo"
	_ "github.com/junegunn/fzf/src/util"
	_ "github.com/mark3labs/mcp-go/client"
	_ "github.com/mark3labs/mcp-go/mcp"
	_ "github.com/mark3labs/mcp-go/mcptest"
	_ "github.com/mark3labs/mcp-go/server"
	_ "github.com/spf13/cobra"
	_ "go.yaml.in/yaml/v3"
)
