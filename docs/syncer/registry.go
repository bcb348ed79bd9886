package syncer

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// ErrNoRegistry means neither WORKOS_DOCS_REGISTRY nor npm's configuration names a registry.
var ErrNoRegistry = errors.New("no npm registry configured: set WORKOS_DOCS_REGISTRY to your npm registry URL (or configure npm), or sync from a local tarball with --from FILE.tgz")

// npmExecTimeout bounds `npm config get registry`; npm takes about a second to start.
const npmExecTimeout = 15 * time.Second

// RegistryURL finds the npm registry base URL the way the user's npm would:
// $WORKOS_DOCS_REGISTRY, $npm_config_registry, the user's .npmrc, the global
// npmrc, then `npm config get registry` (skipped when npm is not installed).
func RegistryURL() (string, error) {
	return registryFor("", loadNpmrc())
}

// registryFor is RegistryURL for a package scope ("@workos"), whose
// "@scope:registry" setting in an npmrc wins over the plain "registry".
func registryFor(scope string, rc npmrc) (string, error) {
	for _, env := range []string{"WORKOS_DOCS_REGISTRY", "npm_config_registry", "NPM_CONFIG_REGISTRY"} {
		if v := os.Getenv(env); v != "" {
			return checkRegistry(v, "$"+env)
		}
	}
	if scope != "" {
		if v := rc.get(scope + ":registry"); v != "" {
			return checkRegistry(v, ".npmrc "+scope+":registry")
		}
	}
	if v := rc.get("registry"); v != "" {
		return checkRegistry(v, ".npmrc")
	}
	if v := npmConfigGet("registry"); v != "" {
		return checkRegistry(v, "npm config get registry")
	}
	return "", ErrNoRegistry
}

func checkRegistry(raw, from string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("registry %q from %s is not an http(s) URL", raw, from)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// npmConfigGet asks npm itself; "" when npm is absent, slow or says nothing.
func npmConfigGet(key string) string {
	bin, err := exec.LookPath("npm")
	if err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), npmExecTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "config", "get", key)
	cmd.Stdin = nil
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	v := strings.TrimSpace(string(out))
	if v == "undefined" || v == "null" {
		return ""
	}
	return v
}

// npmrc holds settings from the user's and the global npmrc, user first.
type npmrc []map[string]string

func (rc npmrc) get(key string) string {
	for _, m := range rc {
		if v, ok := m[key]; ok {
			return v
		}
	}
	return ""
}

// loadNpmrc reads the user npmrc ($npm_config_userconfig or ~/.npmrc) and the
// global one ($npm_config_globalconfig, else PREFIX/etc/npmrc).
func loadNpmrc() npmrc {
	var rc npmrc
	for _, p := range []string{userNpmrc(), globalNpmrc()} {
		if p == "" {
			continue
		}
		if m, err := parseNpmrcFile(p); err == nil {
			rc = append(rc, m)
		}
	}
	return rc
}

func envAny(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

func userNpmrc() string {
	if p := envAny("npm_config_userconfig", "NPM_CONFIG_USERCONFIG"); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".npmrc")
}

func globalNpmrc() string {
	if p := envAny("npm_config_globalconfig", "NPM_CONFIG_GLOBALCONFIG"); p != "" {
		return p
	}
	prefix := envAny("npm_config_prefix", "NPM_CONFIG_PREFIX", "PREFIX")
	if prefix == "" {
		// npm's default prefix is the folder above node's bin/.
		node, err := exec.LookPath("node")
		if err != nil {
			return ""
		}
		if real, err := filepath.EvalSymlinks(node); err == nil {
			node = real
		}
		prefix = filepath.Dir(filepath.Dir(node))
	}
	return filepath.Join(prefix, "etc", "npmrc")
}

func parseNpmrcFile(p string) (map[string]string, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseNpmrc(bufio.NewScanner(f))
}

// parseNpmrc reads npm's ini dialect: key=value lines, ; and # comments,
// optional quotes, ${VAR} expanded from the environment.
func parseNpmrc(sc *bufio.Scanner) (map[string]string, error) {
	m := map[string]string{}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' || line[0] == '#' || line[0] == '[' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		m[expandEnv(k)] = expandEnv(v)
	}
	return m, sc.Err()
}

// expandEnv expands ${VAR} only, as npm does ($VAR stays literal).
func expandEnv(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteString(os.Getenv(s[i+2 : i+j]))
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// authorize adds the npmrc credential for u, matched like npm does: keys
// "//host/path/:_authToken" (or :_auth, :username + :_password) for the
// longest path prefix of u. No matching key, no header.
func (rc npmrc) authorize(req *http.Request) {
	u := req.URL
	p := u.Path
	if !strings.HasSuffix(p, "/") {
		p = path.Dir(p) + "/"
	}
	for {
		nerf := "//" + u.Host + p
		if t := rc.get(nerf + ":_authToken"); t != "" {
			req.Header.Set("Authorization", "Bearer "+t)
			return
		}
		if a := rc.get(nerf + ":_auth"); a != "" {
			req.Header.Set("Authorization", "Basic "+a)
			return
		}
		if user, pw := rc.get(nerf+":username"), rc.get(nerf+":_password"); user != "" && pw != "" {
			if dec, err := base64.StdEncoding.DecodeString(pw); err == nil {
				req.SetBasicAuth(user, string(dec))
				return
			}
		}
		if p == "/" {
			return
		}
		p = path.Dir(strings.TrimSuffix(p, "/"))
		if !strings.HasSuffix(p, "/") {
			p += "/"
		}
	}
}
