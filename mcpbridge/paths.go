package mcpbridge

import (
	"errors"
	"net/url"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// errRefused is a path the bridge will not even look up: it tries to climb out
// of the corpus or names another site. Its text never echoes file contents.
var errRefused = errors.New("refused")

// checkPath refuses addresses that cannot be doc paths before any lookup:
// "..", file-system roots, home folders, NUL bytes and other hosts' URLs. The
// docs model would only ever treat them as map keys, but a clear refusal tells
// the agent it asked for something outside the docs.
func checkPath(raw string) error {
	if len(raw) > maxPathChars {
		return errors.New("path too long")
	}
	s := strings.ReplaceAll(strings.TrimSpace(raw), `\`, "/")
	if strings.ContainsRune(s, 0) {
		return errRefused
	}
	if i := strings.Index(s, "://"); i >= 0 {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "workos-docs") {
			return errRefused
		}
		if u.Scheme != "workos-docs" {
			host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			if host != "workos.com" {
				return errRefused
			}
		}
		s = u.Path
	}
	if strings.HasPrefix(s, "~") || strings.HasPrefix(s, "file:") || (len(s) > 1 && s[1] == ':') {
		return errRefused
	}
	for _, seg := range strings.Split(s, "/") {
		if seg == ".." || seg == "." && s != "." {
			return errRefused
		}
	}
	low := strings.ToLower(s)
	for _, root := range []string{"/etc/", "/proc/", "/sys/", "/dev/", "/usr/", "/var/", "/home/", "/root/", "/tmp/", "/private/"} {
		if strings.HasPrefix(low, root) {
			return errRefused
		}
	}
	return nil
}

// pageKey turns an agent's path into a page key and an anchor, refusing unsafe input.
func pageKey(raw string) (key, anchor string, err error) {
	if err := checkPath(raw); err != nil {
		return "", "", err
	}
	s := strings.TrimSpace(raw)
	if rest, ok := strings.CutPrefix(s, "workos-docs://"); ok {
		s = rest
	}
	key, anchor = docs.SplitAnchor(s)
	return key, anchor, nil
}

// refusal is the isError text for a refused path.
func refusal(raw string) string {
	shown, _ := capText(raw, 80)
	return "Refused path " + quote(shown) + ": only WorkOS documentation paths are served, such as \"sso/login-flows\" or " +
		"https://workos.com/docs/sso. Relative climbs (..), file-system paths and other sites are not looked up. " +
		"Use workos_search to find a page, or workos_list to browse."
}
