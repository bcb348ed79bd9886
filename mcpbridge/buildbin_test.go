package mcpbridge

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
)

// builtBinary is the real program, built once per test binary for the tests
// that spawn it (stdio with mcp-go's and the official Go SDK's clients,
// reload and signals over HTTP). Skipped with -short.
func builtBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	builtAny.Store(true)
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// builtAny: some test asked for the binary (TestMain must not build it just
// to clean up).
var builtAny atomic.Bool

var buildOnce = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "mcpbridge-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "workos-docs-tui")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/workos-docs-tui").CombinedOutput(); err != nil {
		return "", &buildError{err, out}
	}
	return bin, nil
})

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + string(e.out) }

// TestMain removes the built binary's folder when the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if bin, err := buildOnce(); err == nil && builtAny.Load() {
		os.RemoveAll(filepath.Dir(bin))
	}
	os.Exit(code)
}
