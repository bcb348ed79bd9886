// Package syncer fetches the WorkOS docs corpus: it resolves the npm package
// @workos/mcp-docs-server in the user's npm registry (or reads a local .tgz),
// verifies the tarball's integrity, extracts only package/.docs/organized/
// with tar-safety checks, and swaps it into place atomically.
//
// Layout: for a target DIR, Sync leaves DIR/organized/{docs,changelogs} and the
// manifest DIR/organized/.workos-docs-tui.json (docs.Manifest), which is what
// docs.Locate and docs.ReadManifest expect. A failed sync leaves the previous
// corpus untouched; a lock in DIR serialises concurrent syncs.
//
// First run: when the TUI or the MCP server finds no corpus (docs.ErrNoCorpus),
// it calls Sync with the resolved DIR and a Progress callback to show
// "resolve / download / extract" progress, then loads DIR as usual:
//
//	res, err := syncer.Sync(ctx, syncer.Options{Dir: dir, Progress: show})
//
// The registry base URL comes from RegistryURL (WORKOS_DOCS_REGISTRY, else
// npm's own configuration); this package names no registry host.
package syncer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// DefaultPackage is the npm package that carries the corpus.
const DefaultPackage = "@workos/mcp-docs-server@latest"

// DefaultTimeout bounds each network step when Options.Timeout is zero.
const DefaultTimeout = 60 * time.Second

// Progress stages, in the order a sync reports them.
const (
	StageLock     = "waiting for another sync"
	StageResolve  = "resolving"
	StageDownload = "downloading"
	StageVerify   = "verifying"
	StageCheck    = "checking the installed files"
	StageExtract  = "extracting"
	StageInstall  = "installing"
)

// Options says what to sync and where.
type Options struct {
	Dir     string // the sync target; DIR/organized is created or replaced
	Package string // npm spec: name, name@version, name@range or name@dist-tag (default DefaultPackage)
	From    string // a local .tgz to install instead of asking a registry
	Force   bool   // reinstall even when the installed corpus is intact
	NoSDKs  bool   // skip the SDK guides (READMEs of the SDK packages the docs name)
	// SDKTarballs are local SDK package tarballs to install as guides instead
	// of asking the registry; with them and no From, the docs are left as they are.
	SDKTarballs []string
	Registry    string             // registry base URL; empty = RegistryURL discovery
	Progress    func(Progress)     // called on the syncing goroutine; may be nil
	HTTPClient  *http.Client       // nil = a client honouring proxy environment variables
	Timeout     time.Duration      // per network step: headers, and each stall while reading a body
	limits      *limits            // tests shrink the tar limits
	beforeSwap  func(string) error // test hook: fail just before the new corpus is moved in
	noExchange  bool               // test hook: use the two-rename swap
}

// Progress reports a stage. Done and Total are bytes for downloading and
// extracting (Total 0 when unknown).
type Progress struct {
	Stage   string
	Version string
	Done    int64
	Total   int64
}

// Result says what Sync did.
type Result struct {
	Package string // package name, without version
	Version string
	Changed bool   // false when DIR already held this version, intact
	Repair  string // what was wrong with the installed corpus when it was reinstalled for damage
	Pages   int    // page files under organized/docs
	Dir     string
	SDKs    []SDKResult // one per SDK package; failures here never fail the sync
}

// Sync brings the corpus in o.Dir to the requested package version.
func Sync(ctx context.Context, o Options) (res Result, err error) {
	if o.Dir == "" {
		return Result{}, errors.New("sync: no target folder")
	}
	if o.Package == "" {
		o.Package = DefaultPackage
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.limits == nil {
		o.limits = &defaultLimits
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return Result{}, err
	}
	if err := checkTarget(dir); err != nil {
		return Result{}, err
	}
	_, statErr := os.Lstat(dir)
	created := errors.Is(statErr, os.ErrNotExist)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Result{}, fmt.Errorf("cannot create %s: %w", dir, err)
	}
	unlock, err := lockDir(ctx, dir, func() { o.report(Progress{Stage: StageLock}) })
	if err != nil {
		if created {
			os.Remove(dir)
		}
		return Result{}, err
	}
	defer func() {
		unlock()
		if err != nil && created {
			removeEmpty(dir) // a failed first sync leaves nothing behind
		}
	}()
	recoverLeftovers(dir)

	s := &syncRun{o: o, dir: dir}
	switch {
	case o.From != "":
		res, err = s.fromFile(ctx)
	case len(o.SDKTarballs) > 0:
		res, err = s.unchanged(s.current()) // SDK tarballs alone: the docs stay
		if err == nil && res.Version == "" {
			err = errors.New("sync: install the docs before SDK tarballs (no corpus in " + dir + ")")
		}
	default:
		res, err = s.fromRegistry(ctx)
	}
	if err == nil && !o.NoSDKs {
		res.SDKs = s.syncSDKs(ctx)
	}
	return res, err
}

// checkTarget refuses a DIR that is itself a corpus folder (holds docs/):
// docs.Locate would keep reading it and never see DIR/organized.
func checkTarget(dir string) error {
	if fi, err := os.Stat(filepath.Join(dir, "docs")); err == nil && fi.IsDir() {
		return fmt.Errorf("%s already holds a corpus not made by sync (docs/ inside); sync into the folder above or an empty folder", dir)
	}
	return nil
}

func (o *Options) report(p Progress) {
	if o.Progress != nil {
		o.Progress(p)
	}
}

// syncRun carries one sync's state.
type syncRun struct {
	o      Options
	dir    string
	repair string // why an installed corpus of the wanted version is reinstalled
}

// current returns the manifest of the installed corpus when its files are
// present, else a zero Manifest.
func (s *syncRun) current() docs.Manifest {
	org := filepath.Join(s.dir, "organized")
	if fi, err := os.Stat(filepath.Join(org, "docs")); err != nil || !fi.IsDir() {
		return docs.Manifest{}
	}
	m, err := docs.ReadManifest(org)
	if err != nil {
		return docs.Manifest{}
	}
	return m
}

// intact hashes every installed file against the manifest. A corpus from an
// older sync, with no record of its files, counts as damaged: it can not be
// checked, and reinstalling records the sums. The reason goes to s.repair.
func (s *syncRun) intact(m docs.Manifest) bool {
	if s.o.Force {
		s.repair = "--force"
		return false
	}
	s.o.report(Progress{Stage: StageCheck, Version: m.Version})
	d, known, err := docs.CheckFiles(filepath.Join(s.dir, "organized"), m, true)
	switch {
	case !known:
		s.repair = "the manifest records no file sums (an older sync)"
	case err != nil:
		s.repair = "cannot check the installed files: " + err.Error()
	case !d.OK():
		s.repair = d.String()
	default:
		return true
	}
	return false
}

// unchanged is the Result for a corpus already at the wanted version.
func (s *syncRun) unchanged(m docs.Manifest) (Result, error) {
	n, err := countPages(filepath.Join(s.dir, "organized", "docs"))
	return Result{Package: m.Package, Version: m.Version, Pages: n, Dir: s.dir}, err
}

// countPages counts the page files under docs/ (navigation files excluded).
func countPages(docsDir string) (int, error) {
	n := 0
	err := filepath.WalkDir(docsDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.Type().IsRegular() && name != "_navigation.mdx" &&
			(strings.HasSuffix(name, ".mdx") || strings.HasSuffix(name, ".md")) {
			n++
		}
		return nil
	})
	return n, err
}

// removeEmpty removes dir when it holds nothing but lock files: what a first
// sync that failed leaves. Another process's lock or corpus keeps it.
func removeEmpty(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), lockName) {
			return
		}
	}
	for _, e := range ents {
		os.Remove(filepath.Join(dir, e.Name()))
	}
	os.Remove(dir)
}
