package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVersionNamesTheCommit builds the program the way a person does after a
// clone — plain `go build` in a git checkout — and checks that --version names
// the commit, and says "dirty" once a file is changed.
func TestVersionNamesTheCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program twice")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skip("not in a git checkout")
	}
	top := strings.TrimSpace(string(out))

	// A fresh repository holding this working tree (tracked and new files),
	// so the test sees the code as it is, not as last committed.
	src := t.TempDir()
	files := strings.Split(strings.TrimRight(runTool(t, top, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"), "\x00"), "\x00")
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(top, f))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(src, f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runTool(t, src, "git", "init", "-q")
	runTool(t, src, "git", "add", "-A")
	runTool(t, src, "git", "-c", "user.name=test", "-c", "user.email=test@example.invalid",
		"-c", "commit.gpgsign=false", "commit", "-q", "-m", "snapshot")
	rev := strings.TrimSpace(runTool(t, src, "git", "rev-parse", "--short=12", "HEAD"))

	empty := t.TempDir()
	build := func() string {
		bin := filepath.Join(t.TempDir(), "workos-docs-tui")
		runTool(t, src, "go", "build", "-o", bin, "./cmd/workos-docs-tui")
		return strings.TrimSpace(runTool(t, src, bin, "--version", "--docs", empty))
	}

	clean := build()
	t.Logf("clean: %s", clean)
	if !strings.Contains(clean, rev) || strings.Contains(clean, "dirty") || strings.HasPrefix(clean, "dev") {
		t.Errorf("clean checkout at %s: --version says %q", rev, clean)
	}

	main := filepath.Join(src, "cmd", "workos-docs-tui", "main.go")
	b, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(main, append(b, "\n// a local change\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	dirty := build()
	t.Logf("dirty: %s", dirty)
	if !strings.Contains(dirty, rev) || !strings.Contains(dirty, "dirty") {
		t.Errorf("changed checkout at %s: --version says %q", rev, dirty)
	}
}

// runTool runs a command in dir and returns its stdout; it fails the test
// with the command's stderr if it exits non-zero. Builds use the module cache
// only (GOPROXY=off) and record VCS information even where a machine's go env
// turns that off (GOFLAGS=-buildvcs=false), since that is what is under test.
func runTool(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=true", "GOPROXY=off", "WORKOS_DOCS_DIR=")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
