package syncer

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/readme"
)

// StageSDKs is reported once before the SDK guides are fetched.
const StageSDKs = "fetching SDK guides"

// sdkParallel bounds the SDK packages fetched at once. The docs name six;
// their packuments and tarballs are small, so round trips dominate: all at once.
const sdkParallel = 8

// SDKResult says what happened to one SDK package's guide.
type SDKResult struct {
	Package string
	Page    string
	Version string
	Changed bool
	Err     error // the package was skipped; the docs and the other SDKs are unaffected
}

// sdkFiles are the files kept from an SDK tarball, by their name in the
// package root (case-insensitive) → the name they are stored under.
var sdkFiles = map[string]string{
	"readme.md": "README.md", "readme": "README.md", "readme.markdown": "README.md",
	"changelog.md": "CHANGELOG.md", "changelog": "CHANGELOG.md",
	"license": "LICENSE", "license.md": "LICENSE", "license.txt": "LICENSE", "licence": "LICENSE", "licence.md": "LICENSE",
}

// sdkMaxFile bounds one kept file: the largest real README is ~50 KB.
const sdkMaxFile = 4 << 20

// syncSDKs brings DIR/sdks up to date with the SDK packages the installed
// corpus names: from o.SDKTarballs when given, else from the registry unless
// the docs came from a local tarball (an air-gapped install asks no registry).
// Runs under the sync lock. Every failure is per package.
func (s *syncRun) syncSDKs(ctx context.Context) []SDKResult {
	pkgs, err := docs.SDKPackages(filepath.Join(s.dir, "organized"))
	if err != nil {
		return []SDKResult{{Err: fmt.Errorf("SDK guides: %w", err)}}
	}
	if len(s.o.SDKTarballs) > 0 {
		var out []SDKResult
		for _, f := range s.o.SDKTarballs {
			out = append(out, s.sdkFromFile(ctx, f, pkgs))
		}
		return out
	}
	if s.o.From != "" {
		return nil
	}
	s.pruneSDKs(pkgs)
	if len(pkgs) == 0 {
		return nil
	}
	s.o.report(Progress{Stage: StageSDKs})
	// One registry look-up for all: without WORKOS_DOCS_REGISTRY it runs npm.
	rc := loadNpmrc()
	registries := map[string]string{}
	var regErr error
	for _, p := range pkgs {
		scope := scopeOf(p.Package)
		if _, ok := registries[scope]; ok {
			continue
		}
		if s.o.Registry != "" {
			registries[scope], regErr = checkRegistry(s.o.Registry, "the registry option")
		} else {
			registries[scope], regErr = registryFor(scope, rc)
		}
		if regErr != nil {
			return []SDKResult{{Err: fmt.Errorf("SDK guides: %w", regErr)}}
		}
	}
	out := make([]SDKResult, len(pkgs))
	sem := make(chan struct{}, sdkParallel)
	var wg sync.WaitGroup
	for i, p := range pkgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = s.sdkFromRegistry(ctx, p, registries[scopeOf(p.Package)], rc)
		}()
	}
	wg.Wait()
	return out
}

// pruneSDKs removes guides of packages the corpus no longer names.
func (s *syncRun) pruneSDKs(pkgs []docs.SDKPackage) {
	keep := map[string]bool{}
	for _, p := range pkgs {
		keep[p.Slug()] = true
	}
	ents, _ := os.ReadDir(filepath.Join(s.dir, "sdks"))
	for _, e := range ents {
		if e.IsDir() && !keep[e.Name()] {
			os.RemoveAll(filepath.Join(s.dir, "sdks", e.Name()))
		}
	}
}

func (s *syncRun) sdkFromRegistry(ctx context.Context, p docs.SDKPackage, registry string, rc npmrc) SDKResult {
	res := SDKResult{Package: p.Package, Page: p.Page}
	fail := func(err error) SDKResult {
		res.Err = fmt.Errorf("%s: %w", p.Package, err)
		return res
	}
	pk, err := s.fetchPackument(ctx, registry, p.Package, rc)
	if err != nil {
		return fail(err)
	}
	meta, err := pk.resolve(p.Package, "latest")
	if err != nil {
		return fail(err)
	}
	res.Version = meta.Version
	d, err := pickDigest(meta.Dist.Integrity, meta.Dist.Shasum)
	if err != nil {
		return fail(err)
	}
	if installedSDK(filepath.Join(s.dir, "sdks", p.Slug()), p.Package, meta.Version, d.sri()) {
		return res
	}
	work, err := os.MkdirTemp(s.dir, workPrefix)
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(work)
	f, err := os.Create(filepath.Join(work, "package.tgz"))
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	quiet := *s
	quiet.o.Progress = nil // the docs' progress line is not the place for each SDK's bytes
	if err := quiet.download(ctx, meta.Dist.Tarball, f, d, meta.Version, rc); err != nil {
		return fail(err)
	}
	if err := s.installSDKTarball(ctx, f, work, p, d.sri(), meta.Version); err != nil {
		return fail(err)
	}
	res.Changed = true
	return res
}

// sdkFromFile installs a local SDK tarball (air-gapped installs); its
// package.json names the package, which must be one the corpus documents.
func (s *syncRun) sdkFromFile(ctx context.Context, file string, pkgs []docs.SDKPackage) SDKResult {
	res := SDKResult{}
	fail := func(err error) SDKResult {
		res.Err = fmt.Errorf("%s: %w", file, err)
		return res
	}
	f, err := os.Open(file)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	h := sha512.New()
	if _, err := io.Copy(h, f); err != nil {
		return fail(err)
	}
	sri := digest{"sha512", h.Sum(nil)}.sri()
	info, err := peekPackage(f)
	if err != nil {
		return fail(err)
	}
	var p docs.SDKPackage
	for _, c := range pkgs {
		if c.Package == info.Name {
			p = c
		}
	}
	if p.Package == "" {
		return fail(fmt.Errorf("package %q is not an SDK the docs name (%s)", info.Name, sdkNames(pkgs)))
	}
	res.Package, res.Page, res.Version = p.Package, p.Page, info.Version
	if installedSDK(filepath.Join(s.dir, "sdks", p.Slug()), p.Package, info.Version, sri) {
		return res
	}
	work, err := os.MkdirTemp(s.dir, workPrefix)
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(work)
	if err := s.installSDKTarball(ctx, f, work, p, sri, info.Version); err != nil {
		return fail(err)
	}
	res.Changed = true
	return res
}

func sdkNames(pkgs []docs.SDKPackage) string {
	var n []string
	for _, p := range pkgs {
		n = append(n, p.Package)
	}
	if len(n) == 0 {
		return "none"
	}
	return strings.Join(n, ", ")
}

// installedSDK reports a guide folder already holding this exact tarball's
// files, unchanged on disk.
func installedSDK(folder, pkg, version, sri string) bool {
	m, err := docs.ReadSDKManifest(folder)
	if err != nil || m.Package != pkg || m.Version != version || m.Integrity != sri || len(m.Files) == 0 {
		return false
	}
	for name, sum := range m.Files {
		b, err := os.ReadFile(filepath.Join(folder, name))
		if err != nil {
			return false
		}
		got := sha256.Sum256(b)
		if hex.EncodeToString(got[:]) != sum {
			return false
		}
	}
	return true
}

// installSDKTarball extracts f's README, changelog and licence into a fresh
// folder in work, writes its manifest and swaps it in at DIR/sdks/<slug>.
func (s *syncRun) installSDKTarball(ctx context.Context, f *os.File, work string, p docs.SDKPackage, sri, version string) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	fresh := filepath.Join(work, "sdk")
	info, sums, err := extractSDK(f, fresh, s.o.limits)
	if err != nil {
		return err
	}
	if info.Name != p.Package {
		return fmt.Errorf("the tarball's package.json names %q, not %q", info.Name, p.Package)
	}
	if version != "" && info.Version != version {
		return fmt.Errorf("the tarball's package.json says version %q, the registry %q", info.Version, version)
	}
	m := docs.SDKManifest{
		Package: info.Name, Version: info.Version, Integrity: sri, Page: p.Page,
		Repository: readme.RepoURL(info.repoURL()), Directory: info.repoDir(),
		Files: sums, SyncedAt: time.Now().UTC().Format(time.RFC3339),
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(fresh, docs.SDKManifestFile), append(b, '\n'), 0o644); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	root := filepath.Join(s.dir, "sdks")
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	return s.installAt(fresh, filepath.Join(root, p.Slug()), work)
}

// sdkInfo is what an SDK tarball's package.json says.
type sdkInfo struct {
	Name       string          `json:"name"`
	Version    string          `json:"version"`
	Repository json.RawMessage `json:"repository"` // "url" or {"url", "directory"}
}

func (i sdkInfo) repo() (url, dir string) {
	var s string
	if json.Unmarshal(i.Repository, &s) == nil {
		return s, ""
	}
	var o struct{ URL, Directory string }
	if json.Unmarshal(i.Repository, &o) == nil {
		return o.URL, o.Directory
	}
	return "", ""
}

func (i sdkInfo) repoURL() string { u, _ := i.repo(); return u }
func (i sdkInfo) repoDir() string {
	_, d := i.repo()
	return strings.Trim(cleanRel(d), "/")
}

// cleanRel drops "." and ".." parts so a monorepo folder can never climb out.
func cleanRel(p string) string {
	var out []string
	for _, s := range strings.Split(p, "/") {
		if s != "" && s != "." && s != ".." {
			out = append(out, s)
		}
	}
	return strings.Join(out, "/")
}

// peekPackage reads package/package.json from a gzipped tarball.
func peekPackage(f *os.File) (sdkInfo, error) {
	var info sdkInfo
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return info, err
	}
	gz, err := gzip.NewReader(f)
	if err != nil {
		return info, fmt.Errorf("tarball is not gzip: %w", err)
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return info, errors.New("the tarball has no package/package.json")
		}
		if err != nil {
			return info, fmt.Errorf("reading tarball: %w", err)
		}
		if parts, err := safeParts(hdr.Name); err == nil && len(parts) == 2 && parts[1] == "package.json" && hdr.Typeflag == tar.TypeReg {
			if err := json.NewDecoder(io.LimitReader(tr, 1<<20)).Decode(&info); err != nil {
				return info, fmt.Errorf("tarball's package.json: %w", err)
			}
			return info, nil
		}
	}
}

// extractSDK keeps the README, changelog and licence of an SDK tarball in
// dest (created here) and returns package.json's fields and the SHA-256 of
// each kept file. Every entry passes the same checks as the docs tarball's,
// so a hostile tarball is refused as a whole.
func extractSDK(f *os.File, dest string, lim *limits) (sdkInfo, map[string]string, error) {
	var info sdkInfo
	gz, err := gzip.NewReader(f)
	if err != nil {
		return info, nil, fmt.Errorf("tarball is not gzip: %w", err)
	}
	if err := os.Mkdir(dest, 0o755); err != nil {
		return info, nil, err
	}
	tr := tar.NewReader(gz)
	sums := map[string]string{}
	var total int64
	files := 0
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return info, nil, fmt.Errorf("reading tarball: %w", err)
		}
		parts, err := checkEntry(hdr, lim, &files, &total)
		if err != nil {
			return info, nil, err
		}
		if parts == nil || len(parts) != 2 || hdr.Typeflag != tar.TypeReg {
			continue
		}
		name := strings.ToLower(parts[1])
		if name == "package.json" {
			if err := json.NewDecoder(io.LimitReader(tr, 1<<20)).Decode(&info); err != nil {
				return info, nil, fmt.Errorf("tarball's package.json: %w", err)
			}
			continue
		}
		keep, ok := sdkFiles[name]
		if !ok || sums[keep] != "" {
			continue // first of README.md / readme wins
		}
		if hdr.Size > sdkMaxFile {
			return info, nil, unsafeEntry(hdr.Name, fmt.Sprintf("%d bytes, more than the %d allowed for a README", hdr.Size, sdkMaxFile))
		}
		b, err := io.ReadAll(io.LimitReader(tr, sdkMaxFile+1))
		if err != nil {
			return info, nil, fmt.Errorf("extracting %s: %w", hdr.Name, err)
		}
		if err := os.WriteFile(filepath.Join(dest, keep), b, 0o644); err != nil {
			return info, nil, err
		}
		sum := sha256.Sum256(b)
		sums[keep] = hex.EncodeToString(sum[:])
	}
	if _, err := io.Copy(io.Discard, io.LimitReader(gz, lim.total)); err != nil {
		return info, nil, fmt.Errorf("reading tarball: %w", err)
	}
	if info.Name == "" || info.Version == "" {
		return info, nil, errors.New("the tarball's package/package.json gives no name or version")
	}
	if sums["README.md"] == "" {
		return info, nil, errors.New("the package ships no README")
	}
	return info, sums, nil
}

// checkEntry applies the tar-safety checks every kept or skipped entry must
// pass and counts it against the limits; parts is nil for entries to skip
// silently (pax global headers).
func checkEntry(hdr *tar.Header, lim *limits, files *int, total *int64) ([]string, error) {
	if hdr.Typeflag == tar.TypeXGlobalHeader {
		return nil, nil
	}
	parts, err := safeParts(hdr.Name)
	if err != nil {
		return nil, err
	}
	if *files++; *files > lim.files {
		return nil, fmt.Errorf("%w: more than %d entries", errUnsafe, lim.files)
	}
	switch hdr.Typeflag {
	case tar.TypeReg, tar.TypeDir:
	case tar.TypeSymlink, tar.TypeLink:
		return nil, unsafeEntry(hdr.Name, "links are not allowed")
	case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
		return nil, unsafeEntry(hdr.Name, "devices and fifos are not allowed")
	default:
		return nil, unsafeEntry(hdr.Name, fmt.Sprintf("unsupported entry type %q", hdr.Typeflag))
	}
	if hdr.Size > lim.entry {
		return nil, unsafeEntry(hdr.Name, fmt.Sprintf("%d bytes, more than the %d allowed", hdr.Size, lim.entry))
	}
	if *total += hdr.Size; *total > lim.total {
		return nil, fmt.Errorf("%w: more than %d bytes in all", errUnsafe, lim.total)
	}
	return parts, nil
}

// SDKSummary is one line per SDK result for the sync report, sorted by package.
func SDKSummary(rs []SDKResult) []string {
	var out []string
	for _, r := range rs {
		switch {
		case r.Err != nil:
			out = append(out, "skipped SDK guide "+r.Err.Error())
		case r.Changed:
			out = append(out, fmt.Sprintf("synced SDK guide %s %s", r.Package, r.Version))
		}
	}
	sort.Strings(out)
	return out
}

// TarballPackage names the package in a local tarball and whether it carries
// a docs corpus (.docs/organized/docs/), so `sync --from` can tell the docs
// tarball from SDK tarballs.
func TarballPackage(file string) (name string, isDocs bool, err error) {
	f, err := os.Open(file)
	if err != nil {
		return "", false, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return "", false, fmt.Errorf("%s: tarball is not gzip: %w", file, err)
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return name, isDocs, nil
		}
		if err != nil {
			return "", false, fmt.Errorf("%s: reading tarball: %w", file, err)
		}
		parts, err := safeParts(hdr.Name)
		if err != nil {
			return "", false, fmt.Errorf("%s: %w", file, err)
		}
		rel := parts[1:]
		if len(rel) == 1 && rel[0] == "package.json" && hdr.Typeflag == tar.TypeReg {
			var info sdkInfo
			if err := json.NewDecoder(io.LimitReader(tr, 1<<20)).Decode(&info); err != nil {
				return "", false, fmt.Errorf("%s: package.json: %w", file, err)
			}
			name = info.Name
		}
		if len(rel) > len(corpusPrefix) && hasPrefix(rel, corpusPrefix) && rel[len(corpusPrefix)] == "docs" {
			isDocs = true
		}
	}
}
