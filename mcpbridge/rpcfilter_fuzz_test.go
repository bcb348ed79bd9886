package mcpbridge

import (
	"encoding/json"
	"testing"
)

// FuzzRPCFilter: any bytes get a verdict without a panic, and every answer
// the filter writes itself is a JSON-RPC error response.
func FuzzRPCFilter(f *testing.F) {
	for _, tc := range specCases {
		f.Add([]byte(tc.body))
	}
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"workos_search","arguments":{"query":"sso"}}}`))
	f.Add([]byte(`{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}`))
	f.Add([]byte(`[`))
	f.Add([]byte(``))
	filter := newRPCFilter(testServer(f))
	f.Fuzz(func(t *testing.T, raw []byte) {
		v, msg := filter.check(t.Context(), raw, false)
		switch v {
		case pass, drop:
			if msg != nil {
				t.Fatalf("verdict %d with a message %q", v, msg)
			}
		case reply, refuse:
			var m struct {
				JSONRPC string          `json:"jsonrpc"`
				ID      json.RawMessage `json:"id"`
				Error   *struct {
					Code    int    `json:"code"`
					Message string `json:"message"`
				} `json:"error"`
			}
			if err := json.Unmarshal(msg, &m); err != nil || m.JSONRPC != "2.0" || m.Error == nil || m.Error.Code == 0 || m.ID == nil {
				t.Fatalf("answer %q to %q is no JSON-RPC error response", msg, raw)
			}
		default:
			t.Fatalf("unknown verdict %d", v)
		}
	})
}
