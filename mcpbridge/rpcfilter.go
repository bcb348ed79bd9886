package mcpbridge

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
)

// rpcFilter looks at each incoming JSON-RPC message before mcp-go does and
// answers the cases mcp-go v1.2.1 gets wrong, on both transports:
//
//   - a batch (an array) is a parse error there; here it is -32600, since MCP
//     dropped batching in 2025-06-18;
//   - a request with "id": null is taken for a notification and dropped
//     silently; here it is -32600 (MCP ids are strings or numbers);
//   - an error response sent by the client gets a "method not found" reply;
//     here responses get none (this server sends no requests to answer);
//   - prompts/get without a required argument succeeds; here -32602;
//   - resources/read of a page that does not exist: the page template matches
//     every URI and a handler can only return -32603, so the miss is answered
//     here with -32002 (-32602 under 2026-07-28, as mcp-go does for URIs
//     that match no template);
//   - a list cursor the server never issued returns an empty page; every
//     list here fits in one page (paginationLimit), so any cursor is -32602.
type rpcFilter struct {
	b        *Bridge
	required map[string][]string // prompt name → required argument names
}

// paginationLimit is the page size of tools/list, prompts/list and the
// resource lists; each holds far fewer items, so no cursor is ever issued.
const paginationLimit = 200

func newRPCFilter(s *Server) *rpcFilter {
	f := &rpcFilter{b: s.bridge, required: map[string][]string{}}
	for name, p := range s.ListPrompts() {
		for _, a := range p.Prompt.Arguments {
			if a.Required {
				f.required[name] = append(f.required[name], a.Name)
			}
		}
	}
	return f
}

// verdict is what to do with one message.
type verdict int

const (
	pass   verdict = iota // hand it to mcp-go
	reply                 // answer it with the returned JSON-RPC error
	refuse                // answer it so, too: it is no valid request at all (HTTP 400)
	drop                  // answer nothing (a response from the client)
)

type rpcMessage struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  json.RawMessage `json:"error"`
}

// check decides; modern says the transport already marked the message as
// protocol 2026-07-28 (an HTTP header), which _meta can also say.
func (f *rpcFilter) check(ctx context.Context, raw []byte, modern bool) (verdict, []byte) {
	body := bytes.TrimSpace(raw)
	if len(body) > 0 && body[0] == '[' {
		if !json.Valid(body) {
			return pass, nil // mcp-go answers -32700
		}
		return refuse, rpcError(nil, mcp.INVALID_REQUEST, "batch requests are not supported: send one JSON-RPC message at a time (MCP removed batching in 2025-06-18)", nil)
	}
	var m rpcMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return pass, nil
	}
	if m.Method == "" {
		if m.Result != nil || m.Error != nil {
			return drop, nil
		}
		return pass, nil
	}
	if m.ID == nil {
		return pass, nil // a notification
	}
	if !validID(m.ID) {
		return refuse, rpcError(nil, mcp.INVALID_REQUEST, "request id must be a string or a number", nil)
	}
	switch m.Method {
	case string(mcp.MethodPromptsGet):
		var p struct {
			Name      string         `json:"name"`
			Arguments map[string]any `json:"arguments"`
		}
		_ = json.Unmarshal(m.Params, &p)
		for _, a := range f.required[p.Name] {
			if s, ok := p.Arguments[a].(string); !ok || strings.TrimSpace(s) == "" {
				return reply, rpcError(m.ID, mcp.INVALID_PARAMS, fmt.Sprintf("prompt %s needs the argument %q", p.Name, a), nil)
			}
		}
	case string(mcp.MethodResourcesRead):
		var p struct {
			URI  string    `json:"uri"`
			Meta *mcp.Meta `json:"_meta"`
		}
		_ = json.Unmarshal(m.Params, &p)
		if f.missingPage(ctx, p.URI) {
			code := mcp.RESOURCE_NOT_FOUND
			if modern || mcp.IsModernProtocol(p.Meta.ProtocolVersion()) {
				code = mcp.INVALID_PARAMS
			}
			return reply, rpcError(m.ID, code, "Resource not found: no WorkOS docs page at "+p.URI+"; read "+indexURI+" for every path",
				map[string]any{"uri": p.URI})
		}
	case string(mcp.MethodToolsList), string(mcp.MethodPromptsList), string(mcp.MethodResourcesList), string(mcp.MethodResourcesTemplatesList):
		var p struct {
			Cursor string `json:"cursor"`
		}
		_ = json.Unmarshal(m.Params, &p)
		if p.Cursor != "" {
			return reply, rpcError(m.ID, mcp.INVALID_PARAMS, "invalid cursor: this server's lists fit in one page and it issues no cursors", nil)
		}
	}
	return pass, nil
}

// missingPage reports a workos-docs:// URI that names no page or folder. It
// waits for the corpus; if there is none, the handler explains that.
func (f *rpcFilter) missingPage(ctx context.Context, uri string) bool {
	if !strings.HasPrefix(uri, uriScheme) || uri == indexURI {
		return false
	}
	c, err := f.b.src.Corpus(ctx)
	if err != nil || c == nil {
		return false
	}
	p, key, _, err := resolvePath(c, strings.TrimPrefix(uri, uriScheme))
	if err != nil {
		return true // outside the corpus: nothing is there
	}
	return p == nil && folderListing(c, key) == ""
}

func validID(id json.RawMessage) bool {
	var v any
	if json.Unmarshal(id, &v) != nil {
		return false
	}
	switch v.(type) {
	case string, float64:
		return true
	}
	return false
}

// rpcError is a JSON-RPC error response; a nil id is sent as null.
func rpcError(id json.RawMessage, code int, msg string, data any) []byte {
	if id == nil {
		id = json.RawMessage("null")
	}
	e := map[string]any{"code": code, "message": msg}
	if data != nil {
		e["data"] = data
	}
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "error": e})
	return b
}
