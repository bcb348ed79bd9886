package mcpbridge

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
)

// specCase is one message whose answer mcp-go alone gets wrong (rpcfilter.go).
type specCase struct {
	name, body string
	code       int // JSON-RPC error code wanted; 0: no reply at all
}

var specCases = []specCase{
	{"batch", `[{"jsonrpc":"2.0","id":1,"method":"ping"}]`, mcp.INVALID_REQUEST},
	{"null id", `{"jsonrpc":"2.0","id":null,"method":"tools/list"}`, mcp.INVALID_REQUEST},
	{"client error response", `{"jsonrpc":"2.0","id":7,"error":{"code":-1,"message":"no"}}`, 0},
	{"prompt without its argument", `{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"workos_integrate"}}`, mcp.INVALID_PARAMS},
	{"prompt with a blank argument", `{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"workos_troubleshoot","arguments":{"error":" "}}}`, mcp.INVALID_PARAMS},
	{"unknown page resource", `{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{"uri":"workos-docs://no/such/page"}}`, mcp.RESOURCE_NOT_FOUND},
	{"traversal resource", `{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{"uri":"workos-docs://../../etc/passwd"}}`, mcp.RESOURCE_NOT_FOUND},
	{"bad cursor", `{"jsonrpc":"2.0","id":4,"method":"resources/list","params":{"cursor":"bm9wZQ=="}}`, mcp.INVALID_PARAMS},
	{"bad tools cursor", `{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{"cursor":"x"}}`, mcp.INVALID_PARAMS},
}

// errCode is the error code of a JSON-RPC answer, or 0 when it has none.
func errCode(t *testing.T, b []byte) int {
	t.Helper()
	var m struct {
		Error *struct {
			Code int `json:"code"`
		} `json:"error"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("answer %q: %v", b, err)
	}
	if m.Error == nil {
		return 0
	}
	return m.Error.Code
}

func TestSpecErrorsOverHTTP(t *testing.T) {
	ts := httptest.NewServer(HTTPHandler(testServer(t), ""))
	defer ts.Close()
	hdr := map[string]string{"Mcp-Protocol-Version": mcp.ProtocolVersion20251125}
	for _, tc := range specCases {
		t.Run(tc.name, func(t *testing.T) {
			status, body := postBody(t, ts.URL+"/mcp", tc.body, hdr)
			if tc.code == 0 {
				if status != http.StatusAccepted || len(body) != 0 {
					t.Fatalf("want 202 and no body, got %d %q", status, body)
				}
				return
			}
			if got := errCode(t, body); got != tc.code {
				t.Fatalf("code %d, want %d: %s", got, tc.code, body)
			}
		})
	}
	// A page and a folder still read; the modern era says -32602 for a miss.
	for _, uri := range []string{"workos-docs://sso", "workos-docs://reference", indexURI} {
		if _, b := postBody(t, ts.URL+"/mcp", `{"jsonrpc":"2.0","id":5,"method":"resources/read","params":{"uri":"`+uri+`"}}`, hdr); errCode(t, b) != 0 {
			t.Errorf("%s: %s", uri, b)
		}
	}
	modern := `{"jsonrpc":"2.0","id":6,"method":"resources/read","params":{"uri":"workos-docs://nope","_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}`
	if _, b := postBody(t, ts.URL+"/mcp", modern, nil); errCode(t, b) != mcp.INVALID_PARAMS {
		t.Errorf("modern miss: %s", b)
	}
}

func TestStatelessMethods(t *testing.T) {
	ts := httptest.NewServer(HTTPHandler(testServer(t), ""))
	defer ts.Close()
	for _, m := range []string{http.MethodGet, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		req, _ := http.NewRequest(m, ts.URL+"/mcp", nil)
		req.Header.Set("Accept", "text/event-stream")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != http.MethodPost {
			t.Errorf("%s /mcp: %d Allow=%q, want 405 Allow=POST", m, res.StatusCode, res.Header.Get("Allow"))
		}
	}
}

func TestHealthz(t *testing.T) {
	release := make(chan struct{})
	src := Loading(t.Context(), func(context.Context) (*docsCorpus, error) { <-release; return fixture(t), nil })
	ts := httptest.NewServer(HTTPHandler(NewServer(src, Options{}), ""))
	defer ts.Close()
	get := func() int {
		res, err := http.Get(ts.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := get(); got != http.StatusServiceUnavailable {
		t.Errorf("while loading: %d, want 503", got)
	}
	close(release)
	src.Corpus(t.Context())
	if got := get(); got != http.StatusOK {
		t.Errorf("loaded: %d, want 200", got)
	}
}

func TestSpecErrorsOverStdio(t *testing.T) {
	var in strings.Builder
	for _, tc := range specCases {
		in.WriteString(tc.body + "\n")
	}
	in.WriteString(`{"jsonrpc":"2.0","id":"last","method":"ping"}` + "\n")
	pr, pw := io.Pipe()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	go func() {
		ServeStdio(ctx, testServer(t), strings.NewReader(in.String()), pw, nil)
		pw.Close()
	}()
	// Answers come in any order (mcp-go runs requests on workers); collect
	// them by id until the ping answers.
	got := map[string]int{}
	sc := bufio.NewScanner(pr)
	sc.Buffer(nil, 1<<20)
	var lines []string
	for sc.Scan() {
		line := sc.Text()
		lines = append(lines, line)
		var m struct {
			ID json.RawMessage `json:"id"`
		}
		json.Unmarshal([]byte(line), &m)
		got[string(m.ID)] = errCode(t, []byte(line))
		if len(got) >= 5 {
			break
		}
	}
	cancel()
	want := map[string]int{"null": mcp.INVALID_REQUEST, "2": mcp.INVALID_PARAMS, "3": mcp.RESOURCE_NOT_FOUND, "4": mcp.INVALID_PARAMS, `"last"`: 0}
	for id, code := range want {
		if c, ok := got[id]; !ok || c != code {
			t.Errorf("id %s: code %d (answered %v), want %d\n%s", id, c, ok, code, strings.Join(lines, "\n"))
		}
	}
	if _, answered := got["7"]; answered {
		t.Errorf("a client error response got a reply:\n%s", strings.Join(lines, "\n"))
	}
}

// postBody sends a raw JSON-RPC message and returns status and body.
func postBody(t *testing.T, url, body string, hdr map[string]string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

func TestListPastTheEnd(t *testing.T) {
	c := connect(t, testServer(t), "")
	res := call(t, c, ToolList, map[string]any{"offset": 100000})
	txt := textOf(t, res)
	mustContain(t, txt, "none after offset 100,000", `workos_list(path="")`)
	mustNotContain(t, txt, "100001")
	var out listOut
	structured(t, res, &out)
	if len(out.Entries) != 0 || out.Total == 0 || out.Kind != "tree" {
		t.Errorf("structured: %+v", out)
	}
	// A leaf page and a folder-only path answer with structuredContent too.
	for path, kind := range map[string]string{"sso/login-flows": "page", "reference": ""} {
		res := call(t, c, ToolList, map[string]any{"path": path})
		structured(t, res, &out)
		if res.IsError || (kind != "" && out.Kind != kind) || out.Entries == nil {
			t.Errorf("workos_list(%s): isError=%v %+v", path, res.IsError, out)
		}
	}
}
