package syncer

import (
	"archive/tar"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

func TestSyncInstallsCorpus(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	var stages []string
	var lastDownload Progress
	o := r.opts(dir, testPkg)
	o.Progress = func(p Progress) {
		if len(stages) == 0 || stages[len(stages)-1] != p.Stage {
			stages = append(stages, p.Stage)
		}
		if p.Stage == StageDownload {
			lastDownload = p
		}
	}
	res, err := Sync(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || res.Version != "0.2.0" || res.Package != testPkg || res.Pages != 3 {
		t.Fatalf("result = %+v, want changed 0.2.0 with 3 pages", res)
	}
	want := []string{StageResolve, StageDownload, StageVerify, StageExtract, StageInstall}
	if !slices.Equal(stages, want) {
		t.Errorf("stages = %q, want %q", stages, want)
	}
	tgz := r.releases["0.2.0"].tgz
	if lastDownload.Done != int64(len(tgz)) || lastDownload.Total != int64(len(tgz)) || lastDownload.Version != "0.2.0" {
		t.Errorf("last download progress = %+v, want %d bytes of 0.2.0", lastDownload, len(tgz))
	}

	org, err := docs.Locate(dir)
	if err != nil || org != filepath.Join(dir, "organized") {
		t.Fatalf("Locate = %q, %v", org, err)
	}
	if got := readFile(t, filepath.Join(org, "docs", "index.mdx")); !strings.Contains(got, "Release 0.2.0") {
		t.Errorf("index.mdx = %q", got)
	}
	for _, p := range []string{"docs/widgets/notes.md", "docs/_navigation.mdx", "changelogs/platform.json"} {
		if _, err := os.Stat(filepath.Join(org, p)); err != nil {
			t.Error(err)
		}
	}
	ents, _ := os.ReadDir(org)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{docs.ManifestFile, "changelogs", "docs"}) {
		t.Errorf("organized holds %q; only the corpus and the manifest belong there", names)
	}
	m, err := docs.ReadManifest(org)
	if err != nil {
		t.Fatal(err)
	}
	if m.Package != testPkg || m.Version != "0.2.0" || m.Integrity != sri512(tgz) {
		t.Errorf("manifest = %+v", m)
	}
	if at, err := time.Parse(time.RFC3339, m.SyncedAt); err != nil || time.Since(at) > time.Minute {
		t.Errorf("syncedAt %q: %v", m.SyncedAt, err)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left behind in DIR: %q", l)
	}
}

func TestResyncDownloadsNothingAndRewritesNothing(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	if _, err := Sync(context.Background(), r.opts(dir, "")); err == nil {
		t.Fatal("default package must not be the fixture; expected a 404 from the fake registry")
	}
	if _, err := Sync(context.Background(), r.opts(dir, testPkg)); err != nil {
		t.Fatal(err)
	}
	before, hash := fileInfos(t, dir+"/organized"), treeHash(t, dir+"/organized")
	tarReqs, packReqs := r.tarReqs.Load(), r.packReqs.Load()
	res, err := Sync(context.Background(), r.opts(dir, testPkg+"@latest"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Changed || res.Version != "0.2.0" || res.Pages != 3 {
		t.Errorf("re-sync result = %+v, want unchanged 0.2.0", res)
	}
	if n := r.tarReqs.Load(); n != tarReqs {
		t.Errorf("re-sync downloaded the tarball again (%d requests)", n-tarReqs)
	}
	if n := r.packReqs.Load() - packReqs; n != 1 {
		t.Errorf("re-sync asked the registry %d times, want once (to resolve @latest)", n)
	}
	// A rewrite, in place or by a swap, shows as another file: compare
	// identities (device and inode), which do not depend on clock resolution.
	after := fileInfos(t, dir+"/organized")
	if len(after) != len(before) {
		t.Errorf("re-sync changed the file list: %d paths, then %d", len(before), len(after))
	}
	for p, fi := range before {
		if fa, ok := after[p]; !ok || !os.SameFile(fi, fa) {
			t.Errorf("re-sync replaced %s", p)
		}
	}
	if treeHash(t, dir+"/organized") != hash {
		t.Error("re-sync changed the corpus")
	}
}

func TestVersionPinsAndDistTags(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	steps := []struct {
		spec, version string
		changed       bool
		network       bool
	}{
		{testPkg + "@0.1.0", "0.1.0", true, true},
		{testPkg + "@0.1.0", "0.1.0", false, false}, // pinned and present: no request at all
		{testPkg + "@v0.1.0", "0.1.0", false, false},
		{testPkg + "@beta", "0.3.0-beta.1", true, true},
		{testPkg, "0.2.0", true, true},
		{testPkg + "@latest", "0.2.0", false, true},
		// Ranges resolve as npm's do: highest match, "latest" first when it
		// matches, prereleases only when the range names one.
		{testPkg + "@^0.1", "0.1.0", true, true},
		{testPkg + "@~0.2.0", "0.2.0", true, true},
		{testPkg + "@0.1", "0.1.0", true, true},
		{testPkg + "@0.x", "0.2.0", true, true},
		{testPkg + "@>=0.1.0 <0.4.0", "0.2.0", false, true},
		{testPkg + "@^0.3.0-beta.0", "0.3.0-beta.1", true, true},
	}
	for _, s := range steps {
		reqs := r.packReqs.Load()
		res, err := Sync(context.Background(), r.opts(dir, s.spec))
		if err != nil {
			t.Fatalf("%s: %v", s.spec, err)
		}
		if res.Version != s.version || res.Changed != s.changed {
			t.Errorf("%s: got %s changed=%v, want %s changed=%v", s.spec, res.Version, res.Changed, s.version, s.changed)
		}
		if asked := r.packReqs.Load() > reqs; asked != s.network {
			t.Errorf("%s: asked the registry = %v, want %v", s.spec, asked, s.network)
		}
		if got := readFile(t, filepath.Join(dir, "organized", "docs", "index.mdx")); !strings.Contains(got, "Release "+s.version+" ") {
			t.Errorf("%s: corpus on disk is not %s: %q", s.spec, s.version, got)
		}
	}
}

// failure sets up one way for a sync of testPkg@latest to fail.
type failure struct {
	name    string
	setup   func(t *testing.T, r *registry, o *Options)
	wantErr string
}

func badTarball(entries ...entry) func(t *testing.T, r *registry, o *Options) {
	return func(t *testing.T, r *registry, o *Options) {
		all := append(corpusEntries(testPkg, "0.2.0")[:4], entries...)
		all = append(all, corpusEntries(testPkg, "0.2.0")[4:]...)
		r.add("0.2.0", release{tgz: makeTgz(t, all)})
	}
}

var failures = []failure{
	{"unknown package", func(t *testing.T, r *registry, o *Options) { o.Package = "@acme/nothing-here" }, "not found in the registry (404"},
	{"unknown version", func(t *testing.T, r *registry, o *Options) { o.Package = testPkg + "@9.9.9" }, `no version, range match or dist-tag "9.9.9" (dist-tags: beta=0.3.0-beta.1, latest=0.2.0)`},
	{"packument 500", func(t *testing.T, r *registry, o *Options) { r.packStat = 500 }, "500 Internal Server Error"},
	{"packument 401", func(t *testing.T, r *registry, o *Options) { r.wantAuth = "Bearer nope" }, "check the auth token"},
	{"tarball 500", func(t *testing.T, r *registry, o *Options) { r.tarStat = 500 }, "500 Internal Server Error"},
	{"registry too slow", func(t *testing.T, r *registry, o *Options) {
		r.packDelay, o.Timeout = 10*time.Second, 100*time.Millisecond
	}, "timed out"},
	{"download stalls", func(t *testing.T, r *registry, o *Options) {
		r.tarStall, o.Timeout = 10*time.Second, 150*time.Millisecond
	}, "download stalled"},
	{"integrity mismatch", func(t *testing.T, r *registry, o *Options) {
		r.add("0.2.0", release{tgz: corpusTgz(t, "0.2.0"), integrity: sri512([]byte("something else"))})
	}, "integrity check failed"},
	{"sha256 integrity mismatch", func(t *testing.T, r *registry, o *Options) {
		r.add("0.2.0", release{tgz: corpusTgz(t, "0.2.0"), integrity: sri256([]byte("something else"))})
	}, "integrity check failed: the registry promised sha256-"},
	{"shasum mismatch", func(t *testing.T, r *registry, o *Options) {
		r.add("0.2.0", release{tgz: corpusTgz(t, "0.2.0"), integrity: "-", shasum: sha1hex([]byte("x"))})
	}, "integrity check failed: the registry promised sha1-"},
	{"no integrity at all", func(t *testing.T, r *registry, o *Options) {
		r.add("0.2.0", release{tgz: corpusTgz(t, "0.2.0"), integrity: "-"})
	}, "no integrity hash"},
	{"truncated gzip", func(t *testing.T, r *registry, o *Options) {
		tgz := corpusTgz(t, "0.2.0")
		r.add("0.2.0", release{tgz: tgz[:len(tgz)-30]}) // the registry vouches for the cut bytes
	}, "unexpected EOF"},
	{"gzip trailer damaged", func(t *testing.T, r *registry, o *Options) {
		tgz := corpusTgz(t, "0.2.0")
		tgz[len(tgz)-5] ^= 0xff // CRC of the data
		r.add("0.2.0", release{tgz: tgz})
	}, "checksum"},
	{"not gzip", func(t *testing.T, r *registry, o *Options) {
		r.add("0.2.0", release{tgz: []byte("plain text, not a tarball")})
	}, "not gzip"},
	{"dot-dot entry", badTarball(entry{name: "package/.docs/organized/docs/../../../evil.mdx", body: "x"}), "'..' in name"},
	{"dot-dot outside the corpus", badTarball(entry{name: "../outside", body: "x"}), "'..' in name"},
	{"absolute entry", badTarball(entry{name: "/abs/evil.mdx", body: "x"}), "absolute name"},
	{"drive letter entry", badTarball(entry{name: "C:/evil.mdx", body: "x"}), "absolute name"},
	{"symlink", badTarball(entry{name: "package/.docs/organized/docs/link.mdx", typ: tar.TypeSymlink, link: "/etc/passwd"}), "links are not allowed"},
	{"hard link", badTarball(entry{name: "package/.docs/organized/docs/hard.mdx", typ: tar.TypeLink, link: "package/package.json"}), "links are not allowed"},
	{"fifo", badTarball(entry{name: "package/.docs/organized/docs/pipe", typ: tar.TypeFifo}), "devices and fifos"},
	{"device", badTarball(entry{name: "package/.docs/organized/docs/dev", typ: tar.TypeChar}), "devices and fifos"},
	// Refused on the header alone: nothing of the entry is read.
	{"oversize entry", badTarball(entry{name: "package/.docs/organized/docs/huge.mdx", size: 16<<20 + 1, cut: true}), "more than the 16777216 allowed"},
	{"oversize entry with its body", func(t *testing.T, r *registry, o *Options) {
		badTarball(entry{name: "package/.docs/organized/docs/big.mdx", size: 5000})(t, r, o)
		o.limits = &limits{entry: 4999, total: 1 << 20, files: 100}
	}, "5000 bytes, more than the 4999 allowed"},
	{"header promises more than the stream holds", badTarball(entry{name: "package/.docs/organized/docs/short.mdx", size: 100, cut: true}), "unexpected EOF"},
	{"too many entries", func(t *testing.T, r *registry, o *Options) {
		o.limits = &limits{entry: 1 << 20, total: 1 << 20, files: 5}
	}, "more than 5 entries"},
	{"too many bytes unpacked", func(t *testing.T, r *registry, o *Options) {
		badTarball(entry{name: "package/.docs/organized/docs/zeros.mdx", size: 5000})(t, r, o)
		o.limits = &limits{entry: 1 << 20, total: 4000, files: 100}
	}, "more than 4000 bytes in all"},
	{"tarball too big to download", func(t *testing.T, r *registry, o *Options) {
		o.limits = &limits{entry: 1 << 20, total: 100, files: 100}
	}, "more than the 100 allowed"},
	{"duplicate entry", badTarball(entry{name: "package/.docs/organized/docs/index.mdx", body: "first copy"}), `"package/.docs/organized/docs/index.mdx": the name occurs twice`},
	{"package without docs", func(t *testing.T, r *registry, o *Options) {
		r.add("0.2.0", release{tgz: makeTgz(t, corpusEntries(testPkg, "0.2.0")[:3])})
	}, "holds no .docs/organized/docs/"},
	{"swap fails (exchange)", func(t *testing.T, r *registry, o *Options) {
		o.beforeSwap = func(string) error { return errors.New("disk on fire") }
	}, "disk on fire"},
	{"swap fails after the old corpus moved aside", func(t *testing.T, r *registry, o *Options) {
		o.noExchange = true
		o.beforeSwap = func(stage string) error {
			if stage == "swap" {
				return errors.New("disk on fire")
			}
			return nil
		}
	}, "disk on fire"},
	{"caller's context expires while resolving", func(t *testing.T, r *registry, o *Options) {
		r.packDelay = 10 * time.Second
		callerDeadline[o] = 200 * time.Millisecond
	}, "context deadline exceeded"},
	{"caller's context expires", func(t *testing.T, r *registry, o *Options) {
		r.tarStall = 10 * time.Second
		callerDeadline[o] = 300 * time.Millisecond
	}, "context deadline exceeded"},
}

// callerDeadline lets a failure case give Sync's caller a deadline.
var callerDeadline = map[*Options]time.Duration{}

func TestFailuresKeepTheOldCorpus(t *testing.T) {
	for _, f := range failures {
		t.Run(f.name, func(t *testing.T) {
			r := standardRegistry(t)
			dir := t.TempDir()
			if _, err := Sync(context.Background(), r.opts(dir, testPkg+"@0.1.0")); err != nil {
				t.Fatal(err)
			}
			before := treeHash(t, filepath.Join(dir, "organized"))
			o := r.opts(dir, testPkg+"@latest")
			f.setup(t, r, &o)
			ctx := context.Background()
			if d := callerDeadline[&o]; d > 0 {
				c, cancel := context.WithTimeout(ctx, d)
				defer cancel()
				ctx = c
			}
			res, err := Sync(ctx, o)
			if err == nil || !strings.Contains(err.Error(), f.wantErr) {
				t.Fatalf("Sync = %+v, %v; want an error containing %q", res, err, f.wantErr)
			}
			// The stalls outlast every deadline the cases set, so an error
			// (not a late success) already shows the deadline cut them short.
			if callerDeadline[&o] > 0 && !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Sync = %v; want it to wrap the caller's context.DeadlineExceeded", err)
			}
			if after := treeHash(t, filepath.Join(dir, "organized")); after != before {
				t.Error("the old corpus changed")
			}
			if l := leftovers(t, dir); len(l) != 0 {
				t.Errorf("left behind in DIR: %q", l)
			}
		})
	}
}

func TestFailureOnFirstSyncLeavesNoCorpus(t *testing.T) {
	r := standardRegistry(t)
	r.add("0.2.0", release{tgz: corpusTgz(t, "0.2.0"), integrity: sri512(nil)})
	dir := t.TempDir()
	if _, err := Sync(context.Background(), r.opts(dir, testPkg)); err == nil {
		t.Fatal("want an integrity error")
	}
	if _, err := docs.Locate(dir); !errors.Is(err, docs.ErrNoCorpus) {
		t.Errorf("Locate after a failed first sync: %v", err)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left behind in DIR: %q", l)
	}
}

func TestShasumFallback(t *testing.T) {
	r := standardRegistry(t)
	tgz := corpusTgz(t, "0.2.0")
	r.add("0.2.0", release{tgz: tgz, integrity: "-", shasum: sha1hex(tgz)})
	dir := t.TempDir()
	if _, err := Sync(context.Background(), r.opts(dir, testPkg)); err != nil {
		t.Fatal(err)
	}
	m, _ := docs.ReadManifest(filepath.Join(dir, "organized"))
	if !strings.HasPrefix(m.Integrity, "sha1-") {
		t.Errorf("manifest integrity = %q, want the sha1 that was checked", m.Integrity)
	}
}

func TestUnwritableTarget(t *testing.T) {
	// Root ignores permission bits, so make the target's parent a regular file.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := standardRegistry(t)
	_, err := Sync(context.Background(), r.opts(filepath.Join(file, "corpus"), testPkg))
	if err == nil || !strings.Contains(err.Error(), "cannot create") {
		t.Fatalf("err = %v, want cannot create", err)
	}
	if r.packReqs.Load() != 0 {
		t.Error("asked the registry although the target cannot be written")
	}
}

func TestRefusesTargetThatIsACorpus(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "docs"), 0o755)
	r := standardRegistry(t)
	_, err := Sync(context.Background(), r.opts(dir, testPkg))
	if err == nil || !strings.Contains(err.Error(), "not made by sync") {
		t.Fatalf("err = %v", err)
	}
}

func TestConcurrentSyncs(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	const n = 4
	var wg sync.WaitGroup
	results := make([]Result, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() { results[i], errs[i] = Sync(context.Background(), r.opts(dir, testPkg)) })
	}
	wg.Wait()
	changed := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("sync %d: %v", i, errs[i])
		}
		if results[i].Version != "0.2.0" || results[i].Pages != 3 {
			t.Errorf("sync %d: %+v", i, results[i])
		}
		if results[i].Changed {
			changed++
		}
	}
	if changed != 1 || r.tarReqs.Load() != 1 {
		t.Errorf("%d syncs changed the corpus with %d downloads; the lock should make it one and one", changed, r.tarReqs.Load())
	}
	if m, _ := docs.ReadManifest(filepath.Join(dir, "organized")); m.Version != "0.2.0" {
		t.Errorf("manifest = %+v", m)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left behind in DIR: %q", l)
	}
}

func TestLockWaitHonoursContext(t *testing.T) {
	dir := t.TempDir()
	unlock, err := lockDir(context.Background(), dir, func() {})
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	waited := false
	r := standardRegistry(t)
	o := r.opts(dir, testPkg)
	o.Progress = func(p Progress) { waited = waited || p.Stage == StageLock }
	if _, err := Sync(ctx, o); err == nil || !strings.Contains(err.Error(), "waiting for another sync") {
		t.Fatalf("err = %v", err)
	}
	if !waited {
		t.Error("no progress report while waiting for the lock")
	}
}

func TestExclusiveLockFallback(t *testing.T) {
	dir := t.TempDir()
	unlock, err := lockExclusive(context.Background(), dir, func() {})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := lockExclusive(ctx, dir, func() {}); err == nil {
		t.Fatal("second lock taken while the first is held")
	}
	unlock()
	unlock2, err := lockExclusive(context.Background(), dir, func() {})
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	unlock2()
	// A lock file nobody touched for long is a crashed sync's.
	p := filepath.Join(dir, lockName+".excl")
	os.WriteFile(p, []byte("1\n"), 0o644)
	old := time.Now().Add(-2 * staleLock)
	os.Chtimes(p, old, old)
	unlock3, err := lockExclusive(ctx, dir, func() {})
	if err != nil {
		t.Fatalf("stale lock not broken: %v", err)
	}
	unlock3()
}

func TestRecoversFromASyncThatDiedMidSwap(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	if _, err := Sync(context.Background(), r.opts(dir, testPkg+"@0.1.0")); err != nil {
		t.Fatal(err)
	}
	before := treeHash(t, filepath.Join(dir, "organized"))
	// The state a crash between the two renames leaves.
	work := filepath.Join(dir, workPrefix+"123")
	os.MkdirAll(filepath.Join(work, "organized"), 0o755)
	if err := os.Rename(filepath.Join(dir, "organized"), filepath.Join(work, "previous")); err != nil {
		t.Fatal(err)
	}
	res, err := Sync(context.Background(), r.opts(dir, testPkg+"@0.1.0"))
	if err != nil || res.Changed {
		t.Fatalf("Sync = %+v, %v; want the old corpus restored and unchanged", res, err)
	}
	if treeHash(t, filepath.Join(dir, "organized")) != before {
		t.Error("restored corpus differs")
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left behind in DIR: %q", l)
	}
}

func TestTwoRenameSwap(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	for _, v := range []string{"0.1.0", "0.2.0"} {
		o := r.opts(dir, testPkg+"@"+v)
		o.noExchange = true
		if res, err := Sync(context.Background(), o); err != nil || !res.Changed {
			t.Fatalf("%s: %+v, %v", v, res, err)
		}
	}
	if got := readFile(t, filepath.Join(dir, "organized", "docs", "index.mdx")); !strings.Contains(got, "Release 0.2.0") {
		t.Errorf("index.mdx = %q", got)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left behind in DIR: %q", l)
	}
}

func TestFromFile(t *testing.T) {
	dir := t.TempDir()
	src := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(src, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.tgz", corpusTgz(t, "0.1.0"))
	res, err := Sync(context.Background(), Options{Dir: dir, From: good, Package: testPkg})
	if err != nil || !res.Changed || res.Version != "0.1.0" || res.Package != testPkg || res.Pages != 3 {
		t.Fatalf("Sync --from = %+v, %v", res, err)
	}
	before := treeHash(t, filepath.Join(dir, "organized"))
	if res, err := Sync(context.Background(), Options{Dir: dir, From: good, Package: testPkg}); err != nil || res.Changed {
		t.Errorf("same tarball again = %+v, %v; want unchanged", res, err)
	}
	tgz := corpusTgz(t, "0.2.0")
	for _, c := range []struct {
		name string
		tgz  []byte
		want string
	}{
		{"truncated.tgz", tgz[:len(tgz)/2], "unexpected EOF"},
		{"noversion.tgz", makeTgz(t, append([]entry{{name: "package/package.json", body: `{"name":"` + testPkg + `"}`}}, corpusEntries(testPkg, "0.2.0")[1:]...)), "no name or version"},
		{"nopackage.tgz", makeTgz(t, corpusEntries(testPkg, "0.2.0")[1:]), "no name or version"},
		{"dotdot.tgz", makeTgz(t, append(corpusEntries(testPkg, "0.2.0"), entry{name: "package/../../x", body: "x"})), "'..' in name"},
		{"empty.tgz", nil, "not gzip"},
		{"othername.tgz", corpusTgzNamed(t, "@evil/other-docs", "0.3.0"), `the tarball is package "@evil/other-docs", not ` + testPkg},
		{"newline.tgz", makeTgz(t, append(corpusEntries(testPkg, "0.2.0"), entry{name: "package/.docs/organized/docs/a\nb.mdx", body: "x"})), "control character"},
		{"escape.tgz", makeTgz(t, append(corpusEntries(testPkg, "0.2.0"), entry{name: "package/.docs/organized/docs/\x1b]0;x\x07.mdx", body: "x"})), "control character"},
	} {
		_, err := Sync(context.Background(), Options{Dir: dir, From: write(c.name, c.tgz), Package: testPkg})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
		if treeHash(t, filepath.Join(dir, "organized")) != before {
			t.Errorf("%s: the old corpus changed", c.name)
		}
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left behind in DIR: %q", l)
	}
}

func TestDifferentBytesSameVersionReinstalls(t *testing.T) {
	r := standardRegistry(t)
	dir := t.TempDir()
	if _, err := Sync(context.Background(), r.opts(dir, testPkg)); err != nil {
		t.Fatal(err)
	}
	// The registry now vouches for other bytes under the same version.
	r.add("0.2.0", release{tgz: makeTgz(t, append(corpusEntries(testPkg, "0.2.0"), entry{name: "package/.docs/organized/docs/new.mdx", body: "# New\n"}))})
	res, err := Sync(context.Background(), r.opts(dir, testPkg))
	if err != nil || !res.Changed || res.Pages != 4 {
		t.Fatalf("Sync = %+v, %v; want a reinstall with 4 pages", res, err)
	}
}
