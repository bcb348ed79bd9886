package mcpbridge

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// TestBinaryReloadsAndStops runs the real program over HTTP on a copy of the
// fixture corpus: a rewritten manifest (what `sync` leaves) is picked up
// without a restart, SIGHUP reloads and does not stop the server, and SIGINT
// ends it with exit status 0.
func TestBinaryReloadsAndStops(t *testing.T) {
	bin := builtBinary(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, os.DirFS("testdata/corpus")); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--mcp", "--http", "127.0.0.1:0", "--docs", dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	logs := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs <- sc.Text()
		}
		close(logs)
	}()
	var base string
	waitLog := func(re string) string {
		t.Helper()
		rx := regexp.MustCompile(re)
		deadline := time.After(60 * time.Second)
		for {
			select {
			case l, ok := <-logs:
				if !ok {
					t.Fatalf("server ended before logging %q", re)
				}
				if m := rx.FindStringSubmatch(l); m != nil {
					return m[len(m)-1]
				}
			case <-deadline:
				t.Fatalf("no log line matching %q", re)
			}
		}
	}
	base = waitLog(`MCP streamable HTTP on (http://\S+)/mcp`)
	waitLog(`corpus ready`)
	health := func() string {
		res, err := http.Get(base + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	mustNotContain(t, health(), "7.7.7")

	m, _ := json.Marshal(docs.Manifest{Package: "fixture", Version: "7.7.7", SyncedAt: "2027-03-04T00:00:00Z"})
	if err := os.WriteFile(filepath.Join(dir, docs.ManifestFile), m, 0o644); err != nil {
		t.Fatal(err)
	}
	waitLog(`corpus reloaded: fixture 7.7.7`)
	mustContain(t, health(), "7.7.7", "2027-03-04")

	cmd.Process.Signal(syscall.SIGHUP)
	waitLog(`corpus reloaded`)
	if !strings.Contains(health(), `"status":"ok"`) {
		t.Fatal("not serving after SIGHUP")
	}
	cmd.Process.Signal(os.Interrupt)
	go func() {
		for range logs { // drain so the server never blocks on stderr
		}
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("after SIGINT: %v, want exit status 0", err)
	}
}
