//go:build !headless

package main

import (
	"errors"
	"strings"
	"testing"
)

// TestTUIUnknownLangIsUsageError: a --lang the corpus lacks stops before the
// screen starts, naming the languages; the error exits with status 2.
func TestTUIUnknownLangIsUsageError(t *testing.T) {
	_, err := runCmd(t, "--docs", fixtureDocs, "--lang", "klingon")
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("err %v (%T), want a usage error", err, err)
	}
	if msg := err.Error(); !strings.Contains(msg, `"klingon"`) || !strings.Contains(msg, "go") {
		t.Errorf("message %q does not name the languages", msg)
	}
}

func TestTUIBadThemeIsUsageError(t *testing.T) {
	_, err := runCmd(t, "--docs", fixtureDocs, "--theme", "neon")
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("err %v, want a usage error", err)
	}
}
