package docs

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
	"github.com/workos-docs-tui/workos-docs-tui/internal/snapcodec"
)

// SnapshotFile holds the loaded corpus and its search index, ready to decode:
// a cold start reads it instead of parsing every page and indexing them. It
// sits in the organized folder beside the manifest, so a sync that swaps
// folders takes the old one away with the corpus it described.
const SnapshotFile = ".workos-docs-tui.snapshot"

// SnapshotEnv turns the snapshot off when set to "off" (Open then loads and
// writes nothing).
const SnapshotEnv = "WORKOS_DOCS_SNAPSHOT"

// snapshotMagic starts every snapshot; bump the digit when the file layout changes.
const snapshotMagic = "WDTSNAP1"

// headerSize: magic, key (SHA-256), blob length, data length, CRC-32C of both.
const headerSize = len(snapshotMagic) + sha256.Size + 8 + 8 + 4

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Open is Load with a snapshot: it decodes the snapshot beside the corpus
// when it was written by this very build from these very files, and
// otherwise loads, builds the search index and writes a fresh snapshot
// (silently skipped when the folder is read-only). It writes only into a
// corpus that sync installed (one with a manifest): an unpacked package or
// a checkout's fixture belongs to someone else. The result answers exactly
// as Load's does.
func Open(dir string) (*Corpus, error) {
	if os.Getenv(SnapshotEnv) == "off" {
		return Load(dir)
	}
	org, err := Locate(dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(org, SnapshotFile)
	key, keyErr := SnapshotKey(org)
	if keyErr == nil {
		if c, err := ReadSnapshot(path, key); err == nil {
			c.Dir = org
			return c, nil
		}
	}
	c, err := Load(dir)
	if err != nil || keyErr != nil || c.Manifest.Version == "" {
		return c, err
	}
	_ = WriteSnapshot(c, path, key) // a cache: failing to write it changes nothing
	return c, nil
}

// SnapshotKey names what a snapshot depends on: this build of the program
// (its Go build ID, which changes with any code change), the manifest and
// every file of the corpus Load reads (name, size, modification time),
// the SDK guides beside it included.
func SnapshotKey(org string) ([sha256.Size]byte, error) {
	b := make([]byte, 0, 64<<10)
	b = fmt.Appendf(b, "%s\x00%s\x00%s/%s\x00", snapshotMagic, buildID(), runtime.GOOS, runtime.GOARCH)
	if m, err := os.ReadFile(filepath.Join(org, ManifestFile)); err == nil {
		b = append(b, m...)
	}
	b = append(b, 0)
	top := filepath.Dir(org)
	for _, root := range []string{filepath.Join(org, "docs"), filepath.Join(org, "changelogs"), SDKDir(org)} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			fi, err := d.Info()
			if err != nil {
				return err
			}
			b = append(b, p[len(top):]...)
			b = binary.LittleEndian.AppendUint32(b, uint32(fi.Mode()))
			b = binary.LittleEndian.AppendUint64(b, uint64(fi.Size()))
			b = binary.LittleEndian.AppendUint64(b, uint64(fi.ModTime().UnixNano()))
			return nil
		})
		if err != nil {
			return [sha256.Size]byte{}, err
		}
	}
	return sha256.Sum256(b), nil
}

// buildID identifies the running executable's code: the Go build ID the
// linker stores near the start of the file (read from the first 32 KiB, as
// `go tool buildid` does). Without one (stripped, unreadable) it falls back
// to the build info and the executable's size and time, which a rebuild changes.
var buildID = sync.OnceValue(readBuildID)

func readBuildID() string {
	exe, err := os.Executable()
	if err != nil {
		return fallbackID("")
	}
	f, err := os.Open(exe)
	if err != nil {
		return fallbackID(exe)
	}
	defer f.Close()
	buf := make([]byte, 32<<10)
	n, _ := io.ReadFull(f, buf)
	if id := elfNoteID(buf[:n]); id != "" {
		return id
	}
	const marker = "\xff Go build ID: \"" // Mach-O and PE keep it as a string in the text
	if i := bytes.Index(buf[:n], []byte(marker)); i >= 0 {
		rest := buf[i+len(marker) : n]
		if j := bytes.IndexByte(rest, '"'); j > 0 {
			return string(rest[:j])
		}
	}
	return fallbackID(exe)
}

// elfNoteID finds the Go build ID note of an ELF file (name "Go", type 4),
// which the linker places among the first pages.
func elfNoteID(b []byte) string {
	const name = "Go\x00\x00"
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte(name))
		if i < 0 {
			return ""
		}
		i += off
		off = i + 1
		if i < 12 {
			continue
		}
		h := b[i-12 : i]
		namesz, descsz, typ := binary.LittleEndian.Uint32(h), binary.LittleEndian.Uint32(h[4:]), binary.LittleEndian.Uint32(h[8:])
		if namesz == 4 && typ == 4 && descsz > 0 && descsz < 256 && i+4+int(descsz) <= len(b) {
			return string(b[i+4 : i+4+int(descsz)])
		}
	}
}

func fallbackID(exe string) string {
	var b strings.Builder
	if bi, ok := debug.ReadBuildInfo(); ok {
		b.WriteString(bi.String())
	}
	if fi, err := os.Stat(exe); err == nil {
		fmt.Fprintf(&b, "\x00%s\x00%d\x00%d", exe, fi.Size(), fi.ModTime().UnixNano())
	}
	return b.String()
}

// WriteSnapshot saves c, with its search index built, to path atomically
// (a temporary file renamed into place). key is SnapshotKey of the corpus.
func WriteSnapshot(c *Corpus, path string, key [sha256.Size]byte) error {
	c.index() // built now so the snapshot carries it (and the API symbol index it reads)
	// Loading left tens of MB of garbage; collect it before the encoder adds
	// its own, so the first start peaks no higher than a start without snapshots.
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	blob, data, err := snapcodec.Marshal(c)
	if err != nil {
		return err
	}
	hdr := make([]byte, 0, headerSize)
	hdr = append(hdr, snapshotMagic...)
	hdr = append(hdr, key[:]...)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(blob)))
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(data)))
	hdr = binary.LittleEndian.AppendUint32(hdr, crc32.Update(crc32.Checksum(blob, castagnoli), castagnoli, data))

	removeStaleTemps(path)
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	for _, b := range [][]byte{hdr, blob, data} {
		if _, err := tmp.Write(b); err != nil {
			tmp.Close()
			return err
		}
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// removeStaleTemps deletes temporary snapshots that a killed process left
// behind; a young one may belong to a process writing right now.
func removeStaleTemps(path string) {
	olds, _ := filepath.Glob(path + ".tmp-*")
	for _, o := range olds {
		if fi, err := os.Stat(o); err == nil && time.Since(fi.ModTime()) > time.Hour {
			os.Remove(o)
		}
	}
}

// errStale means a snapshot was written for another build or other files.
var errStale = errors.New("snapshot is stale")

// ReadSnapshot decodes the snapshot at path if it carries key and its
// checksum holds; any other file is an error, never a partial corpus.
func ReadSnapshot(path string, key [sha256.Size]byte) (*Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	hdr := make([]byte, headerSize)
	if _, err := io.ReadFull(f, hdr); err != nil {
		return nil, fmt.Errorf("snapshot header: %w", err)
	}
	if string(hdr[:len(snapshotMagic)]) != snapshotMagic {
		return nil, errors.New("not a snapshot")
	}
	rest := hdr[len(snapshotMagic):]
	if !bytes.Equal(rest[:sha256.Size], key[:]) {
		return nil, errStale
	}
	rest = rest[sha256.Size:]
	blobLen, dataLen := binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint64(rest[8:])
	sum := binary.LittleEndian.Uint32(rest[16:])
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if uint64(fi.Size()) != uint64(headerSize)+blobLen+dataLen {
		return nil, errors.New("snapshot has the wrong size")
	}
	// Two allocations: decoded strings keep the blob alive, the data can go.
	blob, data := make([]byte, blobLen), make([]byte, dataLen)
	if _, err := io.ReadFull(f, blob); err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	if crc32.Update(crc32.Checksum(blob, castagnoli), castagnoli, data) != sum {
		return nil, errors.New("snapshot checksum does not match")
	}
	// Everything decoded stays alive: collecting while it grows is wasted work.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	c := new(Corpus)
	if err := snapcodec.Unmarshal(blob, data, c); err != nil {
		return nil, err
	}
	search.Restored()
	return c, nil
}
