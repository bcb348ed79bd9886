// Package testcorpus gives tests their corpora: the real one named by
// $WORKOS_DOCS_DIR, and a small hostile one written on the fly.
//
// Real-corpus tests skip on a developer's machine when $WORKOS_DOCS_DIR is
// unset, but fail under CI=true: a CI that lost its corpus must not turn every
// real-corpus test into a silent skip.
package testcorpus

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// Env names the real corpus folder.
const Env = "WORKOS_DOCS_DIR"

// Dir returns $WORKOS_DOCS_DIR (any folder docs.Load accepts). Without it the
// test skips, or fails when $CI is true.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv(Env)
	if dir == "" {
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			tb.Fatalf("$%s is not set but CI=true: the real-corpus tests must run in CI (sync the pinned corpus first)", Env)
		}
		tb.Skipf("$%s not set; skipping test on the real corpus", Env)
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("$%s: %v", Env, err)
	}
	return dir
}

// DocsFolder returns the real corpus's docs/ folder, for tests of packages
// below docs that read page files themselves. It tries the layouts
// docs.Locate accepts (which those packages cannot import).
func DocsFolder(tb testing.TB) string {
	tb.Helper()
	dir := Dir(tb)
	for _, c := range []string{"docs", "organized/docs", ".docs/organized/docs", "package/.docs/organized/docs"} {
		p := filepath.Join(dir, filepath.FromSlash(c))
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
	}
	tb.Fatalf("$%s=%s holds no docs/ folder", Env, dir)
	return ""
}
