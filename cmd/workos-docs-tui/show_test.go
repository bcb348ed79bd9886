package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

const fixtureDocs = "../../docs/testdata/corpus"

// runCmd runs the root command with args, returning stdout and the error.
func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	t.Setenv("WORKOS_DOCS_DIR", "")
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

func TestShow(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "https://workos.com/docs/relay/retries.mdx")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "# Retrying deliveries\n\nSource: https://workos.com/docs/relay/retries\n") {
		t.Errorf("show output starts %.120q", out)
	}
	if !strings.Contains(out, "## Giving up") {
		t.Errorf("body missing:\n%s", out)
	}
}

func TestShowAnchorPrintsSection(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "relay/retries#backoff")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Source: https://workos.com/docs/relay/retries#backoff") ||
		!strings.Contains(out, "## Backoff") || strings.Contains(out, "Giving up") {
		t.Errorf("section output:\n%s", out)
	}
}

func TestShowLang(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "--lang", "golang", "reference/hooks/hook/create")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "hooks.CreateHook") || strings.Contains(out, "hooks.createHook") {
		t.Errorf("go view:\n%s", out)
	}
}

func TestShowUnknown(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs, "relay/retry")
	if err == nil {
		t.Fatal("no error for a missing page")
	}
	lines := strings.Split(err.Error(), "\n")
	if !strings.Contains(lines[0], `no page "relay/retry"`) || !strings.Contains(err.Error(), "relay/retries") || len(lines) > 7 {
		t.Errorf("error: %q", err)
	}
	var ue usageError
	if errors.As(err, &ue) {
		t.Error("a missing page is a runtime error (exit 1), not a usage error")
	}
}

func TestShowSectionSubPath(t *testing.T) {
	out, err := runCmd(t, "show", "--docs", fixtureDocs, "/docs/relay/retries/backoff")
	if err != nil || !strings.Contains(out, "Source: https://workos.com/docs/relay/retries#backoff") {
		t.Errorf("section sub-path: %v\n%s", err, out)
	}
}

func TestShowUnknownLang(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs, "--lang", "cobol", "relay")
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "go") {
		t.Errorf("unknown --lang: %v", err)
	}
}

func TestShowUsage(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("show without PATH: %v, want usage error", err)
	}
}

func TestNoCorpus(t *testing.T) {
	for _, args := range [][]string{{"show", "sso"}, {"tree"}} {
		_, err := runCmd(t, append(args, "--docs", t.TempDir())...)
		if err == nil || !strings.Contains(err.Error(), "workos-docs-tui sync") {
			t.Errorf("%v: %v, want advice to sync", args, err)
		}
	}
}

func TestTreeJSON(t *testing.T) {
	out, err := runCmd(t, "tree", "--json", "--docs", fixtureDocs)
	if err != nil {
		t.Fatal(err)
	}
	var nodes []treeNode
	if err := json.Unmarshal([]byte(out), &nodes); err != nil {
		t.Fatalf("tree --json: %v\n%s", err, out)
	}
	paths := map[string]string{}
	var walk func([]treeNode)
	walk = func(ns []treeNode) {
		for _, n := range ns {
			if n.Path == "" && n.URL != "" {
				t.Errorf("group %q has a URL", n.Title)
			}
			if n.Path != "" {
				paths[n.Path] = n.URL
			}
			walk(n.Children)
		}
	}
	walk(nodes)
	if paths["relay/signing"] != "https://workos.com/docs/relay/signing" || paths["integrations/zephyr"] == "" {
		t.Errorf("paths: %v", paths)
	}
}

func TestTreeText(t *testing.T) {
	out, err := runCmd(t, "tree", "--docs", fixtureDocs)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\n  Getting Started\n    Quick Start  (relay)\n") ||
		!strings.Contains(out, "(reference/hooks/hook/archive, missing)") {
		t.Errorf("tree:\n%s", out)
	}
}

func TestVersionShowsCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	m := `{"package":"@workos/mcp-docs-server","version":"9.8.7"}`
	if err := os.WriteFile(filepath.Join(dir, docs.ManifestFile), []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runCmd(t, "--version", "--docs", dir)
	if err != nil || out != version+" (docs corpus @workos/mcp-docs-server 9.8.7)\n" {
		t.Errorf("--version with a corpus: %q, %v", out, err)
	}
	out, _ = runCmd(t, "--version", "--docs", t.TempDir())
	if out != version+"\n" {
		t.Errorf("--version without a corpus: %q", out)
	}
}
