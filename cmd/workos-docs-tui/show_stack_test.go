package main

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestShowStackUsage(t *testing.T) {
	_, err := runCmd(t, "show", "--docs", fixtureDocs, "--stack", "rails", "relay/retries")
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "nextjs") {
		t.Fatalf("want a usage error listing the stacks, got %v", err)
	}
	// A page without stack alternatives reads the same with a stack.
	plain, err := runCmd(t, "show", "--docs", fixtureDocs, "relay/retries")
	if err != nil {
		t.Fatal(err)
	}
	stacked, err := runCmd(t, "show", "--docs", fixtureDocs, "--stack", "nextjs,nodejs", "relay/retries")
	if err != nil || stacked != plain {
		t.Errorf("stack changed a page without alternatives (%v)", err)
	}
}

// TestShowStackReal is the check on the real AuthKit quick start.
func TestShowStackReal(t *testing.T) {
	dir := os.Getenv("WORKOS_DOCS_DIR")
	if dir == "" {
		t.Skip("WORKOS_DOCS_DIR not set")
	}
	out, err := runCmd(t, "show", "--docs", dir, "--plain", "--stack", "nextjs,nodejs", "authkit")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"@workos-inc/authkit-nextjs", "@workos-inc/node"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(out, "@workos-inc/authkit-remix") {
		t.Error("Remix package shown for nextjs,nodejs")
	}
}
