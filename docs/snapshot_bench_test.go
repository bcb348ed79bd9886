package docs

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/workos-docs-tui/workos-docs-tui/internal/cputime"
)

// cpuPerOp reports CPU time per iteration beside wall time: on a shared
// machine the wall time mostly measures the neighbours.
func cpuPerOp(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cputime.Process()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// Benchmarks of a cold start's parts, on the real corpus (WORKOS_DOCS_DIR):
//
//	go test ./docs -run XXX -bench 'Snapshot|Load' -benchmem
func benchCorpus(b *testing.B) string {
	dir := os.Getenv("WORKOS_DOCS_DIR")
	if dir == "" {
		b.Skip("WORKOS_DOCS_DIR not set")
	}
	org, err := Locate(dir)
	if err != nil {
		b.Fatal(err)
	}
	return org
}

func BenchmarkLoadAndIndex(b *testing.B) {
	org := benchCorpus(b)
	start := cputime.Process()
	for b.Loop() {
		c, err := Load(org)
		if err != nil {
			b.Fatal(err)
		}
		c.index()
	}
	cpuPerOp(b, start)
}

func BenchmarkSnapshotKey(b *testing.B) {
	org := benchCorpus(b)
	start := cputime.Process()
	for b.Loop() {
		if _, err := SnapshotKey(org); err != nil {
			b.Fatal(err)
		}
	}
	cpuPerOp(b, start)
}

func BenchmarkSnapshotRead(b *testing.B) {
	org := benchCorpus(b)
	c, err := Load(org)
	if err != nil {
		b.Fatal(err)
	}
	key, _ := SnapshotKey(org)
	path := filepath.Join(b.TempDir(), SnapshotFile)
	if err := WriteSnapshot(c, path, key); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := cputime.Process()
	for b.Loop() {
		if _, err := ReadSnapshot(path, key); err != nil {
			b.Fatal(err)
		}
	}
	cpuPerOp(b, start)
}

func BenchmarkSnapshotWrite(b *testing.B) {
	org := benchCorpus(b)
	c, err := Load(org)
	if err != nil {
		b.Fatal(err)
	}
	key, _ := SnapshotKey(org)
	path := filepath.Join(b.TempDir(), SnapshotFile)
	for b.Loop() {
		if err := WriteSnapshot(c, path, key); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildID is the cost of naming the running build: reading the Go
// build ID from the executable's first 32 KiB, against hashing the build info.
func BenchmarkBuildID(b *testing.B) {
	b.Run("exe", func(b *testing.B) {
		for b.Loop() {
			if readBuildID() == "" {
				b.Fatal("no build id")
			}
		}
	})
	b.Run("buildinfo", func(b *testing.B) {
		for b.Loop() {
			if fallbackID("") == "" {
				b.Fatal("no build info")
			}
		}
	})
}
