package docs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// FileSum is what sync recorded about one installed file.
type FileSum struct {
	Size    int64  `json:"size"`
	ModTime int64  `json:"mtime"` // Unix nanoseconds after install
	SHA256  string `json:"sha256"`
}

// Damage lists how an installed corpus differs from its manifest.
type Damage struct {
	Missing, Changed, Extra []string // slash paths under organized/
}

// OK reports an intact corpus.
func (d Damage) OK() bool { return len(d.Missing)+len(d.Changed)+len(d.Extra) == 0 }

func (d Damage) String() string {
	var parts []string
	for _, g := range []struct {
		what  string
		paths []string
	}{{"missing", d.Missing}, {"changed", d.Changed}, {"unexpected", d.Extra}} {
		if len(g.paths) == 0 {
			continue
		}
		s := fmt.Sprintf("%d %s (%s", len(g.paths), g.what, strings.Join(g.paths[:min(3, len(g.paths))], ", "))
		if len(g.paths) > 3 {
			s += ", …"
		}
		parts = append(parts, s+")")
	}
	return strings.Join(parts, "; ")
}

// CheckFiles compares the files under the organized folder org with the
// manifest's record. Quick mode compares sizes and mtimes (one stat per file:
// cheap enough for every load); full mode also hashes every file (for sync).
// A manifest without a record (an older sync) can not be checked: Damage is
// empty and known is false.
func CheckFiles(org string, m Manifest, full bool) (d Damage, known bool, err error) {
	if len(m.Files) == 0 {
		return d, false, nil
	}
	seen := make(map[string]bool, len(m.Files))
	err = filepath.WalkDir(org, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(org, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == ManifestFile || strings.HasPrefix(rel, SnapshotFile) {
			return nil // ours, not the package's: the manifest and the snapshot (and its temp files)
		}
		want, ok := m.Files[rel]
		if !ok {
			d.Extra = append(d.Extra, rel)
			return nil
		}
		seen[rel] = true
		fi, err := e.Info()
		if err != nil {
			return err
		}
		if !fi.Mode().IsRegular() || fi.Size() != want.Size {
			d.Changed = append(d.Changed, rel)
			return nil
		}
		if !full {
			if fi.ModTime().UnixNano() != want.ModTime {
				d.Changed = append(d.Changed, rel)
			}
			return nil
		}
		sum, err := HashFile(p)
		if err != nil {
			return err
		}
		if sum != want.SHA256 {
			d.Changed = append(d.Changed, rel)
		}
		return nil
	})
	for rel := range m.Files {
		if !seen[rel] {
			d.Missing = append(d.Missing, rel)
		}
	}
	sort.Strings(d.Missing)
	return d, true, err
}

// HashFile returns the hex SHA-256 of the file at p.
func HashFile(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// damageNotice is the one notice Load gives for a corpus that differs from
// its manifest, or "" when it is intact or was not recorded.
func damageNotice(org string, m Manifest) string {
	d, known, err := CheckFiles(org, m, false)
	switch {
	case !known:
		return ""
	case err != nil:
		return fmt.Sprintf("cannot check the corpus against its manifest (%v); %s", err, repairHint)
	case !d.OK():
		return "the corpus differs from what sync installed: " + d.String() + "; " + repairHint
	}
	return ""
}

// Warnings are the load notices about the corpus as a whole, not one page:
// it differs from what sync installed, or a folder could not be read. The
// CLI prints them on stderr; the explorer lists every notice anyway.
func (c *Corpus) Warnings() []string {
	var out []string
	for _, n := range c.Notices {
		if n.File == ManifestFile && strings.HasSuffix(n.Message, repairHint) || strings.HasSuffix(n.Message, unreadableHint) {
			out = append(out, n.File+": "+n.Message)
		}
	}
	return out
}

const unreadableHint = "its pages are missing"
const repairHint = "run `workos-docs-tui sync` to repair it"
