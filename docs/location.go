package docs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
)

// ManifestFile is written by sync inside the organized folder, so it moves with
// the corpus it describes when a sync swaps folders.
const ManifestFile = ".workos-docs-tui.json"

// ErrNoCorpus means a folder holds no corpus (yet).
var ErrNoCorpus = errors.New("no WorkOS docs corpus found")

// ResolveDir picks the corpus folder: the --docs flag, else $WORKOS_DOCS_DIR,
// else the user cache. The folder need not exist yet.
func ResolveDir(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if env := os.Getenv("WORKOS_DOCS_DIR"); env != "" {
		return env, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no --docs, no $WORKOS_DOCS_DIR and no user cache folder: %w", err)
	}
	return filepath.Join(cache, "workos-docs-tui"), nil
}

// Locate finds the organized folder (the one holding docs/) for dir, which may be
// that folder, the sync target above it, the .docs folder or an unpacked package root.
// A docs/ that can not be read, or is a symbolic link (not followed, so it
// would load as an empty corpus), is an error, not "no corpus".
func Locate(dir string) (string, error) {
	for _, c := range []string{
		dir,
		filepath.Join(dir, "organized"),
		filepath.Join(dir, ".docs", "organized"),
		filepath.Join(dir, "package", ".docs", "organized"),
	} {
		d := filepath.Join(c, "docs")
		fi, err := lstat(d)
		switch {
		case err == nil && fi.IsDir():
			return c, nil
		case err == nil && fi.Mode()&os.ModeSymlink != 0:
			return "", fmt.Errorf("%s is a symbolic link, which is not followed; point --docs at the folder it names", d)
		case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
			return "", fmt.Errorf("cannot read the corpus folder: %w", err)
		}
	}
	return "", fmt.Errorf("%w in %s", ErrNoCorpus, dir)
}

// lstat is os.Lstat; tests swap it to simulate unreadable folders.
var lstat = os.Lstat

// ReadManifest reads the manifest sync left in an organized folder.
// A corpus that was not synced (an unpacked package) has none: zero Manifest, nil error.
func ReadManifest(organized string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(organized, ManifestFile))
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("manifest %s: %w", ManifestFile, err)
	}
	m.Package, m.Version = termsafe.Clean(m.Package), termsafe.Clean(m.Version)
	return m, nil
}

// CorpusVersion names the docs package version of the corpus at dir
// ("@workos/mcp-docs-server 0.2.0"): from the sync manifest, else from the
// package.json of an unpacked package; "" when there is no corpus or no version.
func CorpusVersion(dir string) string {
	org, err := Locate(dir)
	if err != nil {
		return ""
	}
	if m, err := ReadManifest(org); err == nil && m.Version != "" {
		return strings.TrimSpace(m.Package + " " + m.Version)
	}
	b, err := os.ReadFile(filepath.Join(org, "..", "..", "package.json"))
	if err != nil {
		return ""
	}
	var pj struct{ Name, Version string }
	if json.Unmarshal(b, &pj) != nil || pj.Version == "" {
		return ""
	}
	return termsafe.Clean(strings.TrimSpace(pj.Name + " " + pj.Version))
}
