package mcpbridge

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// protocols are the versions every tool is exercised under: the oldest the
// reference speaks, the last initialize-era one, and the stateless default.
var protocols = []string{mcp.ProtocolVersion20241105, mcp.ProtocolVersion20251125, ""}

var (
	fixtureOnce sync.Once
	fixtureC    *docs.Corpus
	fixtureErr  error
)

// fixture is the tiny corpus in testdata, written for these tests.
func fixture(t testing.TB) *docs.Corpus {
	t.Helper()
	fixtureOnce.Do(func() { fixtureC, fixtureErr = docs.Load("testdata/corpus") })
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureC
}

func testServer(t testing.TB) *Server {
	return NewServer(Loaded(fixture(t)), Options{Version: "test", CorpusVersion: "fixture 1.0", CorpusDate: "2026-01-01"})
}

// connect starts an in-process client on s at a protocol version ("" = default).
func connect(t testing.TB, s *Server, version string) *client.Client {
	t.Helper()
	c, err := client.NewInProcessClientWithOptions(s.MCPServer, versionOpts(version)...)
	if err != nil {
		t.Fatal(err)
	}
	return initialized(t, c)
}

// versionOpts asks a client for a protocol version; "" keeps mcp-go's default.
func versionOpts(version string) []client.ClientOption {
	if version == "" {
		return nil
	}
	return []client.ClientOption{client.WithProtocolVersion(version)}
}

// initialized starts c and initialises it as every test client does; the
// test closes it.
func initialized(t testing.TB, c *client.Client) *client.Client {
	t.Helper()
	t.Cleanup(func() { c.Close() })
	if err := c.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	ir := mcp.InitializeRequest{}
	ir.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "0"}
	if _, err := c.Initialize(t.Context(), ir); err != nil {
		t.Fatal(err)
	}
	return c
}

func call(t testing.TB, c *client.Client, tool string, args map[string]any) *mcp.CallToolResult {
	t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name = tool
	req.Params.Arguments = args
	res, err := c.CallTool(t.Context(), req)
	if err != nil {
		t.Fatalf("%s(%v): %v", tool, args, err)
	}
	return res
}

func textOf(t testing.TB, res *mcp.CallToolResult) string {
	t.Helper()
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(mcp.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String()
}

// ok calls a tool that must succeed and returns its text.
func ok(t testing.TB, c *client.Client, tool string, args map[string]any) string {
	t.Helper()
	res := call(t, c, tool, args)
	txt := textOf(t, res)
	if res.IsError {
		t.Fatalf("%s(%v): unexpected isError: %s", tool, args, txt)
	}
	return txt
}

// fails calls a tool that must answer isError and returns its text.
func fails(t testing.TB, c *client.Client, tool string, args map[string]any) string {
	t.Helper()
	res := call(t, c, tool, args)
	txt := textOf(t, res)
	if !res.IsError {
		t.Fatalf("%s(%v): want isError, got: %s", tool, args, txt)
	}
	return txt
}

func mustContain(t testing.TB, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("missing %q in:\n%s", sub, s)
		}
	}
}

func mustNotContain(t testing.TB, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			t.Errorf("unexpected %q in:\n%s", sub, s)
		}
	}
}

// structured decodes structuredContent into v.
func structured(t testing.TB, res *mcp.CallToolResult, v any) {
	t.Helper()
	b, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("structuredContent %s: %v", b, err)
	}
}

// eachProtocol runs f once per protocol version on a fresh client.
func eachProtocol(t *testing.T, f func(t *testing.T, c *client.Client)) {
	s := testServer(t)
	for _, v := range protocols {
		name := v
		if name == "" {
			name = "default"
		}
		t.Run(name, func(t *testing.T) { f(t, connect(t, s, v)) })
	}
}

type docsCorpus = docs.Corpus

var errTestNoCorpus = errorString("no corpus here")

type errorString string

func (e errorString) Error() string { return string(e) }

// syncWriter lets a test read what the server writes from other goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

// newPipe feeds r into a pipe whose writer the test closes later (EOF on demand).
func newPipe(r io.Reader) (*io.PipeReader, *io.PipeWriter) {
	pr, pw := io.Pipe()
	go func() { io.Copy(pw, r) }()
	return pr, pw
}
