package mcpbridge

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/server"
)

// MaxRequestBytes bounds one HTTP request body; MCP requests here are tiny.
const MaxRequestBytes = 1 << 20

// ServeStdio serves MCP on in/out until ctx ends or in closes. out must carry
// nothing but protocol; log goes elsewhere.
func ServeStdio(ctx context.Context, s *server.MCPServer, in io.Reader, out io.Writer, logger *log.Logger) error {
	ss := server.NewStdioServer(s)
	if logger != nil {
		ss.SetErrorLogger(logger)
	}
	err := ss.Listen(ctx, in, out)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
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
// against DNS rebinding, an optional bearer token and a request size bound.
func HTTPHandler(s *server.MCPServer, token string) http.Handler {
	h := server.NewStreamableHTTPServer(s, server.WithEndpointPath("/mcp"), server.WithStateLess(true))
	mux := http.NewServeMux()
	mux.Handle("/mcp", h)
	return guardHTTP(mux, token)
}

func guardHTTP(next http.Handler, token string) http.Handler {
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" && !allowedOrigin(o, r.Host) {
			http.Error(w, "forbidden origin", http.StatusForbidden)
			return
		}
		if token != "" && subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
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
func ServeHTTP(ctx context.Context, s *server.MCPServer, addr, token string, logger *log.Logger, ready func(net.Addr)) error {
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
