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

// resolvePath turns an agent's path into the page it names and a section
// anchor, refusing unsafe input before any lookup. Site sub-paths such as
// "glossary/acs-url" name a section of a page (docs.Corpus.Resolve); a real
// folder wins over that reading so "reference/sso" still lists its pages.
// p is nil when nothing matches; key (normalised) then serves folder listings
// and suggestions.
func resolvePath(c *docs.Corpus, raw string) (p *docs.Page, key, anchor string, err error) {
	if err := checkPath(raw); err != nil {
		return nil, "", "", err
	}
	s := strings.TrimSpace(raw)
	if rest, ok := strings.CutPrefix(s, uriScheme); ok {
		s = rest
	}
	key, anchor = docs.SplitAnchor(s)
	if p := pageOf(c, key); p != nil {
		return p, p.Path, anchor, nil
	}
	if hasChildren(c, key) {
		return nil, key, anchor, nil
	}
	if p, a, ok := c.Resolve(s); ok {
		return p, p.Path, a, nil
	}
	return nil, key, anchor, nil
}

// listKey is the normalised folder or page key of a path, for listings.
func listKey(raw string) (string, error) {
	if err := checkPath(raw); err != nil {
		return "", err
	}
	key, _ := docs.SplitAnchor(strings.TrimPrefix(strings.TrimSpace(raw), uriScheme))
	return key, nil
}

// partial reports a path with a segment starting with "_": a fragment other
// pages include (sso/_sequence-diagrams/…), with no URL of its own on the site.
func partial(path string) bool {
	return strings.HasPrefix(path, "_") || strings.Contains(path, "/_")
}

// refusal is the isError text for a refused path.
func refusal(raw string) string {
	shown, _ := capText(raw, 80)
	return "Refused path " + quote(shown) + ": only WorkOS documentation paths are served, such as \"sso/login-flows\" or " +
		"https://workos.com/docs/sso. Relative climbs (..), file-system paths and other sites are not looked up. " +
		"Use workos_search to find a page, or workos_list to browse."
}
