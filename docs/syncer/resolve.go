package syncer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/Masterminds/semver/v3"
)

// maxPackument bounds the registry's package document.
const maxPackument = 32 << 20

// parseSpec splits "name", "name@tag", "@scope/name@1.2.3".
func parseSpec(spec string) (name, want string, err error) {
	spec = strings.TrimSpace(spec)
	at := strings.LastIndex(spec, "@")
	if at > 0 {
		name, want = spec[:at], spec[at+1:]
	} else {
		name = spec
	}
	if want == "" {
		want = "latest"
	}
	if !validName(name) || !validWant(want) {
		return "", "", fmt.Errorf("invalid package spec %s (want name, name@version, name@range or name@tag)", quoteSpec(spec))
	}
	if isExact(strings.TrimPrefix(want, "v")) {
		want = strings.TrimPrefix(want, "v")
	}
	return name, want, nil
}

// CheckSpec reports whether spec is a package spec sync understands, so the
// command line can refuse a malformed one as a usage error.
func CheckSpec(spec string) error {
	_, _, err := parseSpec(spec)
	return err
}

var tagRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// validWant accepts an exact version, an npm range (^0.2, ~0.2.0, 0.2,
// >=0.1 <0.3, 0.x) or a dist-tag name.
func validWant(want string) bool {
	if isExact(strings.TrimPrefix(want, "v")) || tagRE.MatchString(want) {
		return true
	}
	_, err := semver.NewConstraint(want)
	return err == nil
}

func quoteSpec(spec string) string {
	if len(spec) > 120 {
		spec = strings.ToValidUTF8(spec[:120], "") + "…"
	}
	return fmt.Sprintf("%q", spec)
}

var nameRE = regexp.MustCompile(`^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$`)

func validName(name string) bool { return len(name) <= 214 && nameRE.MatchString(name) }

// scopeOf returns "@scope" for a scoped name, else "".
func scopeOf(name string) string {
	if strings.HasPrefix(name, "@") {
		scope, _, _ := strings.Cut(name, "/")
		return scope
	}
	return ""
}

var exactRE = regexp.MustCompile(`^\d+\.\d+\.\d+([-+].*)?$`)

// isExact reports whether want names one version rather than a dist-tag.
func isExact(want string) bool { return exactRE.MatchString(want) }

// packument is the part of the registry's package document that sync needs.
type packument struct {
	Name     string                 `json:"name"`
	DistTags map[string]string      `json:"dist-tags"`
	Versions map[string]versionMeta `json:"versions"`
}

type versionMeta struct {
	Version string `json:"version"`
	Dist    struct {
		Tarball   string `json:"tarball"`
		Integrity string `json:"integrity"`
		Shasum    string `json:"shasum"`
	} `json:"dist"`
}

// packumentURL escapes the scope's slash, as npm clients do.
func packumentURL(registry, name string) string {
	return registry + "/" + strings.Replace(url.PathEscape(name), "%2F", "%2f", 1)
}

// fetchPackument GETs the abbreviated package document.
func (s *syncRun) fetchPackument(parent context.Context, registry, name string, rc npmrc) (*packument, error) {
	ctx, cancel := context.WithTimeout(parent, s.o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, packumentURL(registry, name), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8")
	rc.authorize(req)
	resp, err := s.o.HTTPClient.Do(req)
	if err != nil {
		return nil, netErr("asking the registry for "+name, parent, ctx, s.o.Timeout, err)
	}
	defer resp.Body.Close()
	if err := statusErr(resp, name); err != nil {
		return nil, err
	}
	var p packument
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxPackument)).Decode(&p); err != nil {
		return nil, netErr("reading the registry's answer for "+name, parent, ctx, s.o.Timeout, err)
	}
	return &p, nil
}

// resolve picks the version for want, as npm does: a dist-tag, an exact
// version, or the highest version a range allows (the "latest" tag's version
// first when the range allows it; prereleases only when the range names one).
func (p *packument) resolve(name, want string) (versionMeta, error) {
	v := want
	if t, ok := p.DistTags[want]; ok && !isExact(want) {
		v = t
	} else if _, ok := p.Versions[want]; !ok && !isExact(want) {
		if best, ok := p.bestMatch(want); ok {
			v = best
		}
	}
	meta, ok := p.Versions[v]
	if !ok {
		return versionMeta{}, fmt.Errorf("%s has no version, range match or dist-tag %q (dist-tags: %s)", name, want, p.tagList())
	}
	if meta.Version == "" {
		meta.Version = v
	}
	if meta.Dist.Tarball == "" {
		return versionMeta{}, fmt.Errorf("registry lists no tarball for %s@%s", name, v)
	}
	return meta, nil
}

// bestMatch resolves an npm range with a maintained semver library.
func (p *packument) bestMatch(rng string) (string, bool) {
	c, err := semver.NewConstraint(rng)
	if err != nil {
		return "", false
	}
	if l, ok := p.DistTags["latest"]; ok {
		if lv, err := semver.StrictNewVersion(l); err == nil && c.Check(lv) {
			return l, true
		}
	}
	var best *semver.Version
	bestRaw := ""
	for raw := range p.Versions {
		v, err := semver.StrictNewVersion(raw)
		if err != nil || !c.Check(v) {
			continue
		}
		if best == nil || v.GreaterThan(best) {
			best, bestRaw = v, raw
		}
	}
	return bestRaw, best != nil
}

func (p *packument) tagList() string {
	var tags []string
	for t, v := range p.DistTags {
		tags = append(tags, t+"="+v)
	}
	sort.Strings(tags)
	if len(tags) == 0 {
		return "none"
	}
	return strings.Join(tags, ", ")
}

// statusErr turns a non-200 answer into a clear error.
func statusErr(resp *http.Response, what string) error {
	switch {
	case resp.StatusCode == http.StatusOK:
		return nil
	case resp.StatusCode == http.StatusNotFound:
		return fmt.Errorf("%s not found in the registry (404 from %s)", what, redact(resp.Request.URL))
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return fmt.Errorf("registry refused %s (%s from %s): check the auth token in your .npmrc", what, resp.Status, redact(resp.Request.URL))
	default:
		return fmt.Errorf("registry error for %s: %s from %s", what, resp.Status, redact(resp.Request.URL))
	}
}

// redact drops credentials a URL may carry before it goes into a message.
func redact(u *url.URL) string {
	c := *u
	c.User = nil
	c.RawQuery = ""
	return c.String()
}

// netErr names the step's own timeout as such (the common failure on bad
// networks), and otherwise the caller's cancellation or the network error.
func netErr(doing string, parent, step context.Context, timeout time.Duration, err error) error {
	if perr := parent.Err(); perr != nil {
		return fmt.Errorf("%s: %w", doing, perr)
	}
	if step.Err() == context.DeadlineExceeded {
		return fmt.Errorf("%s: timed out after %s", doing, timeout)
	}
	return fmt.Errorf("%s: %w", doing, err)
}
