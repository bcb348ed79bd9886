package main

import (
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stallingRegistry serves the default package; its tarball sends half its
// bytes, then stalls until the client goes away (or a minute passes). Each
// download start is announced on the returned channel.
func stallingRegistry(t *testing.T) (*httptest.Server, <-chan struct{}) {
	t.Helper()
	tgz := syncTestTgz(t, docsPkg, "0.9.0")
	sum := sha512.Sum512(tgz)
	started := make(chan struct{}, 16)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/t.tgz" {
			w.Header().Set("Content-Length", itoa(len(tgz)))
			w.Write(tgz[:len(tgz)/2])
			w.(http.Flusher).Flush()
			started <- struct{}{}
			select {
			case <-r.Context().Done():
			case <-time.After(time.Minute):
			}
			return
		}
		json.NewEncoder(w).Encode(map[string]any{
			"name":      docsPkg,
			"dist-tags": map[string]string{"latest": "0.9.0"},
			"versions": map[string]any{"0.9.0": map[string]any{"version": "0.9.0", "dist": map[string]string{
				"tarball": "http://" + r.Host + "/t.tgz", "integrity": "sha512-" + base64.StdEncoding.EncodeToString(sum[:])}}},
		})
	}))
	t.Cleanup(srv.Close)
	return srv, started
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestStopDuringFirstSync stops the real program while its first sync is
// downloading, each way a user or a client can, and checks that nothing is
// left behind: no .sync-* work folder, no empty folder with a lock.
func TestStopDuringFirstSync(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "workos-docs-tui")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	srv, started := stallingRegistry(t)
	for _, tc := range []struct {
		name string
		args []string
		stop func(p *os.Process, stdin *os.File)
	}{
		{"mcp SIGTERM", []string{"--mcp"}, func(p *os.Process, _ *os.File) { p.Signal(syscall.SIGTERM) }},
		{"mcp SIGINT", []string{"--mcp"}, func(p *os.Process, _ *os.File) { p.Signal(os.Interrupt) }},
		{"mcp stdin closed", []string{"--mcp"}, func(_ *os.Process, stdin *os.File) { stdin.Close() }},
		{"sync SIGHUP", []string{"sync"}, func(p *os.Process, _ *os.File) { p.Signal(syscall.SIGHUP) }},
		{"sync SIGTERM", []string{"sync"}, func(p *os.Process, _ *os.File) { p.Signal(syscall.SIGTERM) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			cmd := exec.Command(bin, append(tc.args, "--docs", dir)...)
			cmd.Env = append(os.Environ(), "WORKOS_DOCS_REGISTRY="+srv.URL, "WORKOS_DOCS_DIR=")
			stdinR, stdinW, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stdin = stdinR
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stdinR.Close()
			defer stdinW.Close()
			select {
			case <-started:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("the download never started; stderr: %s", stderr.String())
			}
			if w, _ := filepath.Glob(filepath.Join(dir, ".sync-*")); len(w) == 0 {
				t.Fatal("no .sync-* folder during the download: the test would prove nothing")
			}
			tc.stop(cmd.Process, stdinW)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				<-done
				t.Fatalf("did not stop; stderr: %s", stderr.String())
			}
			if w, _ := filepath.Glob(filepath.Join(dir, ".sync-*")); len(w) != 0 {
				t.Errorf("left behind: %q; stderr: %s", w, stderr.String())
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				ents, _ := os.ReadDir(dir)
				var names []string
				for _, e := range ents {
					names = append(names, e.Name())
				}
				t.Errorf("the failed first sync left %s with %q", dir, names)
			}
		})
	}
}
