package syncer

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// isolateNpm points every npm configuration source at nothing: an empty
// HOME, no npm_config_* variables and no npm or node on PATH.
func isolateNpm(t *testing.T) (home string) {
	home = t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("PATH", t.TempDir())
	for _, k := range []string{"WORKOS_DOCS_REGISTRY", "npm_config_registry", "NPM_CONFIG_REGISTRY",
		"npm_config_userconfig", "NPM_CONFIG_USERCONFIG", "npm_config_globalconfig", "NPM_CONFIG_GLOBALCONFIG",
		"npm_config_prefix", "NPM_CONFIG_PREFIX", "PREFIX"} {
		t.Setenv(k, "")
	}
	return home
}

func writeFile(t *testing.T, p, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRegistryDiscoveryOrder(t *testing.T) {
	home := isolateNpm(t)
	global := filepath.Join(t.TempDir(), "etc", "npmrc")
	t.Setenv("npm_config_globalconfig", global)

	if _, err := RegistryURL(); !errors.Is(err, ErrNoRegistry) || !strings.Contains(err.Error(), "WORKOS_DOCS_REGISTRY") {
		t.Fatalf("with nothing configured: %v, want ErrNoRegistry naming WORKOS_DOCS_REGISTRY", err)
	}
	steps := []struct {
		do   func()
		want string
	}{
		{func() { writeFile(t, global, "registry=http://global.test/npm/\n") }, "http://global.test/npm"},
		{func() {
			writeFile(t, filepath.Join(home, ".npmrc"), "; comment\n# other\nregistry = \"https://user.test/\"\n")
		}, "https://user.test"},
		{func() { t.Setenv("npm_config_registry", "http://env-npm.test") }, "http://env-npm.test"},
		{func() { t.Setenv("WORKOS_DOCS_REGISTRY", "https://ours.test/r/") }, "https://ours.test/r"},
	}
	for _, s := range steps {
		s.do()
		got, err := RegistryURL()
		if err != nil || got != s.want {
			t.Fatalf("RegistryURL = %q, %v; want %q", got, err, s.want)
		}
	}
}

func TestRegistryFromPrefixAndUserconfig(t *testing.T) {
	isolateNpm(t)
	prefix := t.TempDir()
	writeFile(t, filepath.Join(prefix, "etc", "npmrc"), "registry=http://prefix.test\n")
	t.Setenv("npm_config_prefix", prefix)
	if got, _ := RegistryURL(); got != "http://prefix.test" {
		t.Errorf("from $npm_config_prefix/etc/npmrc: %q", got)
	}
	user := filepath.Join(t.TempDir(), "custom-npmrc")
	writeFile(t, user, "registry=http://custom.test\n")
	t.Setenv("npm_config_userconfig", user)
	if got, _ := RegistryURL(); got != "http://custom.test" {
		t.Errorf("from $npm_config_userconfig: %q", got)
	}
}

func TestRegistryAsksNpm(t *testing.T) {
	isolateNpm(t)
	bin := t.TempDir()
	// A stand-in npm that answers `npm config get registry`.
	writeFile(t, filepath.Join(bin, "npm"), "#!/bin/sh\n[ \"$1 $2 $3\" = \"config get registry\" ] && echo http://from-npm.test/\n")
	os.Chmod(filepath.Join(bin, "npm"), 0o755)
	t.Setenv("PATH", bin)
	if got, err := RegistryURL(); got != "http://from-npm.test" {
		t.Errorf("RegistryURL = %q, %v; want npm's answer", got, err)
	}
}

func TestScopedRegistryAndBadURL(t *testing.T) {
	home := isolateNpm(t)
	writeFile(t, filepath.Join(home, ".npmrc"), "registry=http://plain.test\n@acme:registry=http://scoped.test/\n")
	rc := loadNpmrc()
	if got, _ := registryFor("@acme", rc); got != "http://scoped.test" {
		t.Errorf("scoped: %q", got)
	}
	if got, _ := registryFor("@other", rc); got != "http://plain.test" {
		t.Errorf("other scope: %q", got)
	}
	t.Setenv("WORKOS_DOCS_REGISTRY", "ftp://nope")
	if _, err := RegistryURL(); err == nil || !strings.Contains(err.Error(), "$WORKOS_DOCS_REGISTRY") {
		t.Errorf("bad URL: %v", err)
	}
}

func TestAuthTokenFromNpmrc(t *testing.T) {
	home := isolateNpm(t)
	r := standardRegistry(t)
	host := strings.TrimPrefix(r.srv.URL, "http://")
	t.Setenv("FIXTURE_TOKEN", "s3cret")
	writeFile(t, filepath.Join(home, ".npmrc"), "//"+host+"/:_authToken=${FIXTURE_TOKEN}\n//elsewhere.test/:_authToken=wrong\n")
	r.wantAuth = "Bearer s3cret"
	res, err := Sync(context.Background(), r.opts(t.TempDir(), testPkg))
	if err != nil || !res.Changed {
		t.Fatalf("Sync with token = %+v, %v", res, err)
	}
}

func TestAuthorizeMatchesLongestPrefix(t *testing.T) {
	rc := npmrc{{
		"//reg.test/npm/private/:_authToken": "deep",
		"//reg.test/:_auth":                  "dXNlcjpwdw==",
		"//other.test:8080/:username":        "bob",
		"//other.test:8080/:_password":       "cHc=", // base64 "pw"
	}}
	cases := map[string]string{
		"https://reg.test/npm/private/@a%2fb":        "Bearer deep",
		"https://reg.test/npm/private/a/-/a-1.0.tgz": "Bearer deep",
		"https://reg.test/npm/public/a":              "Basic dXNlcjpwdw==",
		"http://other.test:8080/x":                   "Basic Ym9iOnB3",
		"http://other.test/x":                        "",
		"https://cdn.test/npm/private/a.tgz":         "",
	}
	for u, want := range cases {
		req, _ := http.NewRequest("GET", u, nil)
		rc.authorize(req)
		if got := req.Header.Get("Authorization"); got != want {
			t.Errorf("%s: Authorization %q, want %q", u, got, want)
		}
	}
}

func TestParseSpec(t *testing.T) {
	cases := []struct{ spec, name, want, err string }{
		{"@workos/mcp-docs-server", "@workos/mcp-docs-server", "latest", ""},
		{"@workos/mcp-docs-server@0.2.0", "@workos/mcp-docs-server", "0.2.0", ""},
		{"@workos/mcp-docs-server@next", "@workos/mcp-docs-server", "next", ""},
		{"plain@v1.2.3", "plain", "1.2.3", ""},
		{"plain", "plain", "latest", ""},
		{"plain@", "plain", "latest", ""},
		{"", "", "", "invalid package spec"},
		{"@scope", "", "", "invalid package spec"},
		{"../evil", "", "", "invalid package spec"},
		{"Upper", "", "", "invalid package spec"},
		{"plain@^0.2", "plain", "^0.2", ""},
		{"plain@~0.2.0", "plain", "~0.2.0", ""},
		{"plain@>=0.1 <0.3", "plain", ">=0.1 <0.3", ""},
		{"plain@!!", "", "", "invalid package spec"},
		{"plain@^^0.2", "", "", "invalid package spec"},
		{"plain@a b", "", "", "invalid package spec"},
	}
	for _, c := range cases {
		name, want, err := parseSpec(c.spec)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: err %v, want %q", c.spec, err, c.err)
			}
			continue
		}
		if err != nil || name != c.name || want != c.want {
			t.Errorf("%q = %q, %q, %v; want %q, %q", c.spec, name, want, err, c.name, c.want)
		}
	}
	if u := packumentURL("http://r.test/npm", "@workos/mcp-docs-server"); u != "http://r.test/npm/@workos%2fmcp-docs-server" {
		t.Errorf("packument URL %q", u)
	}
}

func TestPickDigest(t *testing.T) {
	b := []byte("tarball bytes")
	d, err := pickDigest(sri256(b)+" "+sri512(b)+"?opt", "")
	if err != nil || d.sri() != sri512(b) {
		t.Errorf("strongest of two: %v %v", d.sri(), err)
	}
	d, err = pickDigest("md5-AAAA", sha1hex(b))
	if err != nil || d.algo != "sha1" {
		t.Errorf("unknown algorithm must fall back to shasum: %+v %v", d, err)
	}
	if _, err := pickDigest("", "not-hex"); err == nil {
		t.Error("no usable hash must be refused")
	}
}

func TestSafeParts(t *testing.T) {
	good := map[string]string{
		"package/.docs/organized/docs/a.mdx": "package/.docs/organized/docs/a.mdx",
		"./package//docs/./a.mdx":            "package/docs/a.mdx",
		"package/docs/":                      "package/docs",
	}
	for in, want := range good {
		p, err := safeParts(in)
		if err != nil || strings.Join(p, "/") != want {
			t.Errorf("%q = %q, %v", in, p, err)
		}
	}
	for _, bad := range []string{"../x", "a/../../x", "/etc/passwd", "c:/x", `a\..\x`, "a\x00b", "", "./"} {
		if _, err := safeParts(bad); !errors.Is(err, errUnsafe) {
			t.Errorf("%q accepted", bad)
		}
	}
}
