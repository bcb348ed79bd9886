package syncer

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
)

// limits bound what a tarball may unpack to.
type limits struct {
	entry int64 // bytes in one entry
	total int64 // bytes across all entries (and of the download)
	files int   // entries
}

var defaultLimits = limits{entry: 16 << 20, total: 256 << 20, files: 20000}

// corpusPrefix is where the corpus sits below the package root folder.
var corpusPrefix = []string{".docs", "organized"}

// pkgInfo is what the tarball says about itself.
type pkgInfo struct {
	Name    string                  `json:"name"`
	Version string                  `json:"version"`
	files   map[string]docs.FileSum // what was written, by slash path under organized/
}

// errUnsafe marks tarballs refused by the safety checks.
var errUnsafe = errors.New("unsafe tarball")

func unsafeEntry(name, why string) error {
	if len(name) > 120 {
		name = strings.ToValidUTF8(name[:120], "") + "…"
	}
	return fmt.Errorf("%w: entry %q: %s", errUnsafe, name, why)
}

// extract unpacks package/.docs/organized/** of the gzipped tar in f into
// dest (which must not exist yet) and returns package/package.json's fields.
// Every entry of the archive is checked, not only the ones kept, so a
// hostile tarball is refused as a whole.
func extract(f *os.File, dest string, lim *limits, progress func(done, total int64)) (pkgInfo, error) {
	var info pkgInfo
	fi, err := f.Stat()
	if err != nil {
		return info, err
	}
	cr := &countingReader{r: f}
	gz, err := gzip.NewReader(cr)
	if err != nil {
		return info, fmt.Errorf("tarball is not gzip: %w", err)
	}
	if err := os.Mkdir(dest, 0o755); err != nil {
		return info, err
	}
	info.files = map[string]docs.FileSum{}
	tr := tar.NewReader(gz)
	buf := make([]byte, 32<<10) // one copy buffer for all entries
	var total int64
	files, docs := 0, 0
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return info, fmt.Errorf("reading tarball: %w", err)
		}
		parts, err := checkEntry(hdr, lim, &files, &total)
		if err != nil {
			return info, err
		}
		if parts == nil {
			continue
		}
		// npm drops the first folder ("package/") whatever its name.
		rel := parts[1:]
		if len(rel) == 1 && rel[0] == "package.json" && hdr.Typeflag == tar.TypeReg {
			if err := json.NewDecoder(tr).Decode(&info); err != nil {
				return info, fmt.Errorf("tarball's package.json: %w", err)
			}
			continue
		}
		if !hasPrefix(rel, corpusPrefix) || len(rel) == len(corpusPrefix) {
			continue
		}
		target := filepath.Join(dest, filepath.Join(rel[len(corpusPrefix):]...))
		if hdr.Typeflag == tar.TypeDir {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return info, err
			}
			continue
		}
		sum, err := writeEntry(target, tr, buf)
		if errors.Is(err, os.ErrExist) {
			return info, unsafeEntry(hdr.Name, "the name occurs twice (or collides with another on this file system)")
		}
		if err != nil {
			return info, fmt.Errorf("extracting %s: %w", hdr.Name, withoutPath(err))
		}
		info.files[strings.Join(rel[len(corpusPrefix):], "/")] = sum
		if rel[len(corpusPrefix)] == "docs" {
			docs++
		}
		if progress != nil {
			progress(cr.n, fi.Size())
		}
	}
	// Read to the gzip trailer so a damaged or cut checksum is noticed.
	if _, err := io.Copy(io.Discard, io.LimitReader(gz, lim.total)); err != nil {
		return info, fmt.Errorf("reading tarball: %w", err)
	}
	if docs == 0 {
		return info, errors.New("the tarball holds no .docs/organized/docs/: not a docs package")
	}
	return info, nil
}

// safeParts splits an entry name, refusing absolute names and ".." components.
func safeParts(name string) ([]string, error) {
	if strings.ContainsAny(name, "\x00\\") {
		return nil, unsafeEntry(name, "NUL or backslash in name")
	}
	if !termsafe.Safe(name) || strings.ContainsAny(name, "\n\t") {
		return nil, unsafeEntry(name, "control character or invalid UTF-8 in name")
	}
	if strings.HasPrefix(name, "/") || filepath.IsAbs(name) || filepath.VolumeName(name) != "" ||
		(len(name) >= 2 && name[1] == ':' && isLetter(name[0])) {
		return nil, unsafeEntry(name, "absolute name")
	}
	var parts []string
	for _, p := range strings.Split(name, "/") {
		switch {
		case p == "" || p == ".":
		case p == "..":
			return nil, unsafeEntry(name, "'..' in name")
		case runtime.GOOS == "windows" && strings.ContainsAny(p, ":<>\"|?*"):
			return nil, unsafeEntry(name, "name not allowed on Windows")
		default:
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil, unsafeEntry(name, "empty name")
	}
	return parts, nil
}

func hasPrefix(parts, prefix []string) bool {
	if len(parts) < len(prefix) {
		return false
	}
	for i := range prefix {
		if parts[i] != prefix[i] {
			return false
		}
	}
	return true
}

// writeEntry creates a new file; O_EXCL refuses duplicates (and, on
// case-insensitive file systems, names that collide). It returns the file's
// size, mtime and SHA-256 for the manifest.
func writeEntry(target string, r io.Reader, buf []byte) (docs.FileSum, error) {
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return docs.FileSum{}, err
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return docs.FileSum{}, err
	}
	h := sha256.New()
	// Hiding ReadFrom keeps io.CopyBuffer on buf instead of a fresh buffer per file.
	n, err := io.CopyBuffer(struct{ io.Writer }{io.MultiWriter(f, h)}, r, buf)
	if err != nil {
		f.Close()
		return docs.FileSum{}, err
	}
	fi, err := f.Stat()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return docs.FileSum{}, err
	}
	return docs.FileSum{Size: n, ModTime: fi.ModTime().UnixNano(), SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// withoutPath drops the file name from a file-system error: it names the
// sync's temporary folder, which means nothing to the user.
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
