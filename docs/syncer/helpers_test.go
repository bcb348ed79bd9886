package syncer

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const testPkg = "@acme/fixture-docs"

// entry is one tar member of a test tarball.
type entry struct {
	name string
	body string
	typ  byte // 0 = regular file
	link string
	size int64 // > 0: a regular file of this many zero bytes
	cut  bool  // end the archive right after this entry's header
}

func makeTgz(t testing.TB, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o644, Typeflag: e.typ, Linkname: e.link, ModTime: time.Unix(499162500, 0)}
		if h.Typeflag == 0 {
			h.Typeflag = tar.TypeReg
		}
		var body []byte
		if h.Typeflag == tar.TypeReg {
			body = []byte(e.body)
			h.Size = int64(len(body))
			if e.size > 0 {
				h.Size = e.size
				if !e.cut {
					body = make([]byte, e.size)
				}
			}
		}
		if h.Typeflag == tar.TypeDir {
			h.Mode = 0o755
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if e.cut {
			// A header promising more than follows, as from a stream cut short.
			tw.Flush()
			gz.Close()
			return buf.Bytes()
		}
		if _, err := tw.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// corpusEntries is a tiny package in the corpus layout; its text mentions the
// version so tests can tell versions apart on disk.
func corpusEntries(name, version string) []entry {
	return []entry{
		{name: "package/package.json", body: fmt.Sprintf(`{"name":%q,"version":%q}`, name, version)},
		{name: "package/README.md", body: "readme, not part of the corpus"},
		{name: "package/dist/index.js", body: "console.log('not part of the corpus')"},
		{name: "package/.docs/organized/docs/", typ: tar.TypeDir},
		{name: "package/.docs/organized/docs/_navigation.mdx", body: "---\ntitle: Guides\nlinks: []\n---\n"},
		{name: "package/.docs/organized/docs/index.mdx", body: "---\ntitle: Welcome\n---\n\nRelease " + version + " of the fixture.\n"},
		{name: "package/.docs/organized/docs/widgets/index.mdx", body: "# Widgets\n\nHow widgets spin.\n"},
		{name: "package/.docs/organized/docs/widgets/notes.md", body: "# Notes\n\nPlain Markdown page.\n"},
		{name: "package/.docs/organized/changelogs/platform.json", body: `[{"version":"` + version + `","changes":["first"]}]`},
	}
}

func corpusTgz(t testing.TB, version string) []byte {
	return makeTgz(t, corpusEntries(testPkg, version))
}

func sri512(b []byte) string {
	s := sha512.Sum512(b)
	return "sha512-" + base64.StdEncoding.EncodeToString(s[:])
}

func sri256(b []byte) string {
	s := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(s[:])
}

func sha1hex(b []byte) string {
	s := sha1.Sum(b)
	return hex.EncodeToString(s[:])
}

// release is one version the fake registry serves.
type release struct {
	tgz       []byte
	integrity string // "" = sri512(tgz); "-" = none
	shasum    string
}

// registry is an in-process npm registry.
type registry struct {
	srv       *httptest.Server
	name      string
	tags      map[string]string
	mu        sync.Mutex
	releases  map[string]release
	packStat  int           // non-zero: answer the packument with this status
	tarStat   int           // non-zero: answer tarballs with this status
	packDelay time.Duration // sleep before answering the packument
	tarStall  time.Duration // after half the tarball, stall this long
	wantAuth  string        // non-empty: require this Authorization header
	packReqs  atomic.Int64
	tarReqs   atomic.Int64
	seenAuth  atomic.Value
}

func newRegistry(t testing.TB, name string) *registry {
	r := &registry{name: name, tags: map[string]string{}, releases: map[string]release{}}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *registry) add(version string, rel release) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.releases[version] = rel
}

func (r *registry) sleep(req *http.Request, d time.Duration) {
	select {
	case <-req.Context().Done():
	case <-time.After(d):
	}
}

func (r *registry) serve(w http.ResponseWriter, req *http.Request) {
	r.seenAuth.Store(req.Header.Get("Authorization"))
	if r.wantAuth != "" && req.Header.Get("Authorization") != r.wantAuth {
		http.Error(w, "auth", http.StatusUnauthorized)
		return
	}
	if v, ok := strings.CutPrefix(req.URL.Path, "/-/tarballs/"); ok {
		r.tarReqs.Add(1)
		if r.tarStat != 0 {
			http.Error(w, "no", r.tarStat)
			return
		}
		r.mu.Lock()
		rel, ok := r.releases[strings.TrimSuffix(v, ".tgz")]
		r.mu.Unlock()
		if !ok {
			http.NotFound(w, req)
			return
		}
		w.Header().Set("Content-Length", fmt.Sprint(len(rel.tgz)))
		if r.tarStall > 0 {
			w.Write(rel.tgz[:len(rel.tgz)/2])
			w.(http.Flusher).Flush()
			r.sleep(req, r.tarStall)
			return
		}
		w.Write(rel.tgz)
		return
	}
	r.packReqs.Add(1)
	if r.packDelay > 0 {
		r.sleep(req, r.packDelay)
	}
	if r.packStat != 0 {
		http.Error(w, "no", r.packStat)
		return
	}
	// The scope's slash arrives escaped, as npm clients send it.
	if req.URL.EscapedPath() != "/"+strings.Replace(r.name, "/", "%2f", 1) {
		http.NotFound(w, req)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	versions := map[string]any{}
	for v, rel := range r.releases {
		dist := map[string]string{"tarball": r.srv.URL + "/-/tarballs/" + v + ".tgz"}
		switch rel.integrity {
		case "":
			dist["integrity"] = sri512(rel.tgz)
		case "-":
		default:
			dist["integrity"] = rel.integrity
		}
		if rel.shasum != "" {
			dist["shasum"] = rel.shasum
		}
		versions[v] = map[string]any{"name": r.name, "version": v, "dist": dist}
	}
	w.Header().Set("Content-Type", "application/vnd.npm.install-v1+json")
	json.NewEncoder(w).Encode(map[string]any{"name": r.name, "dist-tags": r.tags, "versions": versions})
}

// standardRegistry serves 0.1.0, 0.2.0 (latest) and 0.3.0-beta.1 (beta).
func standardRegistry(t testing.TB) *registry {
	r := newRegistry(t, testPkg)
	for _, v := range []string{"0.1.0", "0.2.0", "0.3.0-beta.1"} {
		r.add(v, release{tgz: corpusTgz(t, v)})
	}
	r.tags["latest"] = "0.2.0"
	r.tags["beta"] = "0.3.0-beta.1"
	return r
}

func (r *registry) opts(dir, spec string) Options {
	return Options{Dir: dir, Package: spec, Registry: r.srv.URL, Timeout: 5 * time.Second}
}

// treeHash fingerprints every path, type and byte under dir ("absent" if none).
func treeHash(t testing.TB, dir string) string {
	t.Helper()
	if _, err := os.Lstat(dir); os.IsNotExist(err) {
		return "absent"
	}
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s %v\n", rel, d.Type())
		if d.Type().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%d %x\n", len(b), sha256.Sum256(b))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fileInfos maps each path under dir to its FileInfo, for os.SameFile.
func fileInfos(t testing.TB, dir string) map[string]os.FileInfo {
	t.Helper()
	m := map[string]os.FileInfo{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		fi, err := d.Info()
		if err != nil {
			t.Fatal(err)
		}
		m[p] = fi
		return nil
	})
	return m
}

// leftovers lists names in dir that are neither the corpus nor the lock.
func leftovers(t testing.TB, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if n := e.Name(); n != "organized" && !strings.HasPrefix(n, lockName) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func readFile(t testing.TB, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func corpusTgzNamed(t testing.TB, name, version string) []byte {
	return makeTgz(t, corpusEntries(name, version))
}
