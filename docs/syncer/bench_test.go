package syncer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSyncFromFile installs a synthetic package the size of the real
// corpus (about 530 pages, 4 MiB) from a local tarball into a fresh folder.
func BenchmarkSyncFromFile(b *testing.B) {
	entries := corpusEntries(testPkg, "1.0.0")
	body := strings.Repeat("Some words about widgets and gadgets, with `code` and [links](/x).\n", 110)
	for i := range 530 {
		entries = append(entries, entry{name: fmt.Sprintf("package/.docs/organized/docs/area%d/page%d.mdx", i%20, i), body: body})
	}
	src := filepath.Join(b.TempDir(), "p.tgz")
	if err := os.WriteFile(src, makeTgz(b, entries), 0o644); err != nil {
		b.Fatal(err)
	}
	root := b.TempDir()
	b.ResetTimer()
	for i := range b.N {
		dir := filepath.Join(root, fmt.Sprint(i))
		if _, err := Sync(context.Background(), Options{Dir: dir, From: src}); err != nil {
			b.Fatal(err)
		}
	}
}
