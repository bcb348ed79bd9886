package main

import (
	"net"
	"strings"
	"testing"
)

func TestHTTPStartWarnsWhenExposedWithoutToken(t *testing.T) {
	for _, tc := range []struct {
		ip    string
		token string
		warn  bool
	}{
		{"0.0.0.0", "", true},
		{"::", "", true},
		{"192.168.1.20", "", true},
		{"0.0.0.0", "s3cret", false},
		{"127.0.0.1", "", false},
		{"::1", "", false},
	} {
		lines := httpStartLog(&net.TCPAddr{IP: net.ParseIP(tc.ip), Port: 8080}, tc.token)
		got := strings.Join(lines, "\n")
		if !strings.Contains(lines[0], "/mcp") {
			t.Errorf("%s: first line %q", tc.ip, lines[0])
		}
		if warned := strings.Contains(got, "warning:") && strings.Contains(got, mcpTokenEnv); warned != tc.warn {
			t.Errorf("%s token=%q: warned=%v, want %v:\n%s", tc.ip, tc.token, warned, tc.warn, got)
		}
		if strings.Contains(got, tc.token) && tc.token != "" {
			t.Errorf("the token itself was logged: %s", got)
		}
	}
}
