package syncer

import (
	"context"
	"crypto/sha512"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// workPrefix names the temporary folders a sync makes inside DIR.
const workPrefix = ".sync-"

// fromRegistry resolves, downloads, verifies and installs o.Package.
func (s *syncRun) fromRegistry(ctx context.Context) (Result, error) {
	name, want, err := parseSpec(s.o.Package)
	if err != nil {
		return Result{}, err
	}
	cur := s.current()
	if isExact(want) && cur.Package == name && cur.Version == want && s.intact(cur) {
		return s.unchanged(cur) // pinned, present and intact: no network at all
	}
	rc := loadNpmrc()
	registry := s.o.Registry
	if registry == "" {
		registry, err = registryFor(scopeOf(name), rc)
	} else {
		registry, err = checkRegistry(registry, "the registry option")
	}
	if err != nil {
		return Result{}, err
	}
	s.o.report(Progress{Stage: StageResolve})
	p, err := s.fetchPackument(ctx, registry, name, rc)
	if err != nil {
		return Result{}, err
	}
	meta, err := p.resolve(name, want)
	if err != nil {
		return Result{}, err
	}
	d, err := pickDigest(meta.Dist.Integrity, meta.Dist.Shasum)
	if err != nil {
		return Result{}, fmt.Errorf("%s@%s: %w", name, meta.Version, err)
	}
	// Same version and same bytes (a --from tarball may differ from the registry's).
	if cur.Package == name && cur.Version == meta.Version && (cur.Integrity == "" || cur.Integrity == d.sri()) &&
		s.repair == "" && s.intact(cur) {
		return s.unchanged(cur)
	}
	work, err := os.MkdirTemp(s.dir, workPrefix)
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(work)
	f, err := os.Create(filepath.Join(work, "package.tgz"))
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	if err := s.download(ctx, meta.Dist.Tarball, f, d, meta.Version, rc); err != nil {
		return Result{}, fmt.Errorf("%s@%s: %w", name, meta.Version, err)
	}
	m := docs.Manifest{Package: name, Version: meta.Version, Integrity: d.sri()}
	if m, err = s.unpack(ctx, f, work, meta.Version, m, name); err != nil {
		return Result{}, fmt.Errorf("%s@%s: %w", name, meta.Version, err)
	}
	return s.finish(m)
}

// fromFile installs a local tarball; name and version come from its package.json.
func (s *syncRun) fromFile(ctx context.Context) (Result, error) {
	f, err := os.Open(s.o.From)
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	h := sha512.New()
	if _, err := io.Copy(h, f); err != nil {
		return Result{}, fmt.Errorf("reading %s: %w", s.o.From, err)
	}
	sri := digest{"sha512", h.Sum(nil)}.sri()
	if cur := s.current(); cur.Integrity == sri && s.intact(cur) {
		return s.unchanged(cur) // the very same bytes are installed, intact
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	work, err := os.MkdirTemp(s.dir, workPrefix)
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(work)
	want, _, err := parseSpec(s.o.Package)
	if err != nil {
		return Result{}, err
	}
	m, err := s.unpack(ctx, f, work, "", docs.Manifest{Integrity: sri}, want)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", s.o.From, err)
	}
	return s.finish(m)
}

// unpack extracts f into work/organized and writes the manifest there;
// fields left empty in m are filled from the tarball's package.json, which
// must name the package wantName.
func (s *syncRun) unpack(ctx context.Context, f *os.File, work, version string, m docs.Manifest, wantName string) (docs.Manifest, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return m, err
	}
	s.o.report(Progress{Stage: StageExtract, Version: version})
	org := filepath.Join(work, "organized")
	info, err := extract(f, org, s.o.limits, func(done, total int64) {
		s.o.report(Progress{Stage: StageExtract, Version: version, Done: done, Total: total})
	})
	if err != nil {
		return m, err
	}
	if info.Name != "" && info.Name != wantName {
		return m, fmt.Errorf("the tarball is package %q, not %s", oneLine(info.Name), wantName)
	}
	if m.Package == "" {
		m.Package = info.Name
	}
	if m.Version == "" {
		m.Version = info.Version
	}
	if m.Package == "" || m.Version == "" {
		return m, fmt.Errorf("the tarball's package/package.json gives no name or version")
	}
	if !isExact(m.Version) {
		return m, fmt.Errorf("the tarball's package.json gives an invalid version %q", oneLine(m.Version))
	}
	m.Files = info.files
	m.SyncedAt = time.Now().UTC().Format(time.RFC3339)
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	if err := os.WriteFile(filepath.Join(org, docs.ManifestFile), append(b, '\n'), 0o644); err != nil {
		return m, err
	}
	if err := ctx.Err(); err != nil {
		return m, err // interrupted: keep the old corpus
	}
	s.o.report(Progress{Stage: StageInstall, Version: m.Version})
	return m, s.install(org, work)
}

func (s *syncRun) finish(m docs.Manifest) (Result, error) {
	n, err := countPages(filepath.Join(s.dir, "organized", "docs"))
	return Result{Package: m.Package, Version: m.Version, Changed: true, Repair: s.repair, Pages: n, Dir: s.dir}, err
}

// install puts fresh (a complete organized folder) at DIR/organized.
func (s *syncRun) install(fresh, work string) error {
	return s.installAt(fresh, filepath.Join(s.dir, "organized"), work)
}

// installAt puts the folder fresh at target in one step where the system
// allows it. The old one ends up inside work, which the caller removes. On
// failure the old folder is back in place, untouched.
func (s *syncRun) installAt(fresh, target, work string) error {
	if _, err := os.Lstat(target); os.IsNotExist(err) {
		if err := s.hook("swap"); err != nil {
			return err
		}
		return os.Rename(fresh, target)
	}
	if !s.o.noExchange {
		if err := s.hook("exchange"); err != nil {
			return fmt.Errorf("installing: %w", err)
		}
		if err := exchange(fresh, target); err == nil {
			return nil
		}
	}
	previous := filepath.Join(work, "previous")
	if err := os.Rename(target, previous); err != nil {
		return fmt.Errorf("moving the old folder aside: %w", err)
	}
	err := s.hook("swap")
	if err == nil {
		err = os.Rename(fresh, target)
	}
	if err != nil {
		if rerr := os.Rename(previous, target); rerr != nil {
			return fmt.Errorf("installing: %v; and restoring the old folder from %s failed: %w", err, previous, rerr)
		}
		return fmt.Errorf("installing: %w", err)
	}
	return nil
}

func (s *syncRun) hook(stage string) error {
	if s.o.beforeSwap != nil {
		return s.o.beforeSwap(stage)
	}
	return nil
}

// recoverLeftovers cleans up after a sync that died: if it died between the
// two renames of a swap, the old corpus waits in .sync-*/previous and goes
// back; everything else left in .sync-* folders is removed. Runs under the lock.
func recoverLeftovers(dir string) {
	works, _ := filepath.Glob(filepath.Join(dir, workPrefix+"*"))
	sort.Strings(works)
	target := filepath.Join(dir, "organized")
	for _, w := range works {
		if !strings.HasPrefix(filepath.Base(w), workPrefix) {
			continue
		}
		if _, err := os.Lstat(target); os.IsNotExist(err) {
			prev := filepath.Join(w, "previous")
			if fi, err := os.Stat(filepath.Join(prev, "docs")); err == nil && fi.IsDir() {
				os.Rename(prev, target)
			}
		}
		os.RemoveAll(w)
	}
}

// oneLine shortens a value from a tarball for an error message.
func oneLine(s string) string {
	if len(s) > 80 {
		s = strings.ToValidUTF8(s[:80], "") + "…"
	}
	return s
}
