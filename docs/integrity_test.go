package docs

import (
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// recordFiles builds the manifest record sync would write for org.
func recordFiles(tb testing.TB, org string) Manifest {
	tb.Helper()
	m := Manifest{Files: map[string]FileSum{}}
	err := filepath.WalkDir(org, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == ManifestFile {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		sum, err := HashFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(org, p)
		m.Files[filepath.ToSlash(rel)] = FileSum{Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), SHA256: sum}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// BenchmarkCheckFiles measures what verification costs on the real corpus:
// quick (sizes and mtimes, at every load) and full (SHA-256, at sync).
func BenchmarkCheckFiles(b *testing.B) {
	org, err := Locate(testcorpus.Dir(b))
	if err != nil {
		b.Fatal(err)
	}
	m := recordFiles(b, org)
	for _, mode := range []struct {
		name string
		full bool
	}{{"quick", false}, {"full", true}} {
		b.Run(mode.name, func(b *testing.B) {
			cpu := cputime.Process()
			defer func() { b.ReportMetric(float64(cputime.Process()-cpu)/float64(b.N), "cpu-ns/op") }()
			for b.Loop() {
				d, known, err := CheckFiles(org, m, mode.full)
				if err != nil || !known || !d.OK() {
					b.Fatalf("intact corpus reported %v %v %v", d, known, err)
				}
			}
		})
	}
}
