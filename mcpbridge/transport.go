package mcpbridge

import (
	"bufio"
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// MaxRequestBytes bounds one HTTP request body; MCP requests here are tiny.
const MaxRequestBytes = 1 << 20

// ServeStdio serves MCP on in/out until ctx ends or in closes. out must carry
// nothing but protocol; log goes elsewhere. Each line passes rpcFilter first
// (a stdio filter in front of mcp-go's reader).
func ServeStdio(ctx context.Context, s *Server, in io.Reader, out io.Writer, logger *log.Logger) error {
	ss := server.NewStdioServer(s.MCPServer)
	if logger != nil {
		ss.SetErrorLogger(logger)
	}
	lw := &lockedWriter{w: out}
	pr, pw := io.Pipe()
	go filterLines(ctx, newRPCFilter(s), in, pw, lw)
	err := ss.Listen(ctx, pr, lw)
	pr.Close() // unblocks filterLines if it is writing
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// filterLines copies JSON-RPC lines from in to mcp-go (to), answering the ones
// rpcFilter answers itself on out.
func filterLines(ctx context.Context, f *rpcFilter, in io.Reader, to *io.PipeWriter, out io.Writer) {
	r := bufio.NewReaderSize(in, 64<<10)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			switch v, msg := f.check(ctx, line, false); v {
			case reply, refuse:
				if _, werr := out.Write(append(msg, '\n')); werr != nil {
					to.CloseWithError(werr)
					return
				}
			case pass:
				if _, werr := to.Write(line); werr != nil {
					return
				}
			}
		}
		if err != nil {
			if err == io.EOF {
				to.Close()
			} else {
				to.CloseWithError(err)
			}
			return
		}
	}
}

// lockedWriter makes each Write whole: mcp-go and filterLines both answer on
// stdout, one JSON-RPC message per Write.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// HTTPAddr makes a listen address from --http: a bare port or ":port" binds
// the loopback interface only; an explicit host is used as given.
func HTTPAddr(addr string) string {
	addr = strings.TrimSpace(addr)
	if addr == "" {
		return "127.0.0.1:0"
	}
	if !strings.Contains(addr, ":") {
		return "127.0.0.1:" + addr
	}
	if strings.HasPrefix(addr, ":") {
		return "127.0.0.1" + addr
	}
	return addr
}

// HTTPHandler is the streamable HTTP endpoint (/mcp, stateless, both protocol
// eras) behind the checks the spec asks of local servers: Origin validation
// against DNS rebinding, an optional bearer token and a request size bound;
// plus /healthz for load balancers and orchestrators.
//
// Stateless means it: POST is the only method on /mcp. GET would open an SSE
// stream that can never carry anything (no sessions, nothing to notify), and
// DELETE would end a session that does not exist, so both are 405, as the
// spec allows. mcp-go holds GET streams open and 404s PUT, hence onlyPost.
func HTTPHandler(s *Server, token string) http.Handler {
	h := server.NewStreamableHTTPServer(s.MCPServer, server.WithEndpointPath("/mcp"), server.WithStateLess(true))
	mux := http.NewServeMux()
	mux.Handle("/mcp", guardHTTP(onlyPost(filterHTTP(newRPCFilter(s), h)), token))
	mux.Handle("/healthz", healthz(s.bridge))
	return mux
}

// onlyPost answers every method but POST with 405 and says why.
func onlyPost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed: this MCP server is stateless; POST one JSON-RPC message per request (no GET stream, no sessions to delete)", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// filterHTTP runs rpcFilter on a POST body (an HTTP wrapper in front of
// mcp-go): its replies go out as JSON, client responses get 202 and nothing.
func filterHTTP(f *rpcFilter, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "request too large or unreadable", http.StatusRequestEntityTooLarge)
			return
		}
		modern := r.Header.Get("Mcp-Protocol-Version") == mcp.ProtocolVersion20260728
		switch v, msg := f.check(r.Context(), body, modern); v {
		case drop:
			w.WriteHeader(http.StatusAccepted)
			return
		case reply, refuse:
			w.Header().Set("Content-Type", "application/json")
			status := http.StatusOK
			if v == refuse {
				status = http.StatusBadRequest
			}
			w.WriteHeader(status)
			w.Write(msg)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		next.ServeHTTP(w, r)
	})
}

// healthz answers 200 once a corpus is loaded (with its version and size),
// 503 before or when loading failed: readiness for a load balancer.
func healthz(b *Bridge) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.src.Start()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		c := b.src.Current()
		if c == nil {
			state := "loading"
			if b.src.Ready() {
				state = "no corpus"
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]any{"status": state})
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"status": "ok", "corpus": b.label(c), "pages": len(c.Pages)})
	})
}

// bearer reports whether an Authorization header carries token. The scheme
// is case-insensitive (RFC 7235 §2.1): "bearer x" and "BEARER x" are fine.
func bearer(header, token string) bool {
	scheme, cred, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(cred)), []byte(token)) == 1
}

func guardHTTP(next http.Handler, token string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" && !allowedOrigin(o, r.Host) {
			http.Error(w, "forbidden origin", http.StatusForbidden)
			return
		}
		if token != "" && !bearer(r.Header.Get("Authorization"), token) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="workos-docs"`)
			http.Error(w, "missing or wrong bearer token", http.StatusUnauthorized)
			return
		}
		if r.ContentLength > MaxRequestBytes {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxRequestBytes)
		next.ServeHTTP(w, r)
	})
}

// allowedOrigin accepts browser origins on the loopback interface, or the
// server's own host; anything else could be a page driving a local server.
func allowedOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	h := strings.ToLower(u.Hostname())
	if h == "localhost" || h == "127.0.0.1" || h == "::1" {
		return true
	}
	return strings.EqualFold(u.Host, host) && isLoopbackHost(host)
}

func isLoopbackHost(hostport string) bool {
	h, _, err := net.SplitHostPort(hostport)
	if err != nil {
		h = hostport
	}
	ip := net.ParseIP(strings.Trim(h, "[]"))
	return strings.EqualFold(h, "localhost") || (ip != nil && ip.IsLoopback())
}

// Exposed reports whether a bound address accepts connections from other
// machines: any interface but loopback (0.0.0.0 and :: included).
func Exposed(a net.Addr) bool {
	if t, ok := a.(*net.TCPAddr); ok {
		return !t.IP.IsLoopback()
	}
	return !isLoopbackHost(a.String())
}

// ServeHTTP listens on addr and serves until ctx ends, then shuts down
// gracefully. ready, if set, receives the bound address.
func ServeHTTP(ctx context.Context, s *Server, addr, token string, logger *log.Logger, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", HTTPAddr(addr))
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           HTTPHandler(s, token),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
