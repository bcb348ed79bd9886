package apiref

import (
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

func TestHangHunt(t *testing.T) {
	if os.Getenv("HUNT") == "" {
		t.Skip()
	}
	var seeds []string
	for _, files := range []map[string]string{fixture, malformed} {
		for _, p := range sortedPaths(files) {
			seeds = append(seeds, files[p])
		}
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		a := []byte(seeds[r.Intn(len(seeds))])
		for k := 0; k < 1+r.Intn(8); k++ {
			if len(a) == 0 {
				break
			}
			switch r.Intn(3) {
			case 0:
				a[r.Intn(len(a))] = byte(r.Intn(128))
			case 1:
				j := r.Intn(len(a))
				a = append(a[:j], a[j+1:]...)
			case 2:
				j := r.Intn(len(a))
				l := r.Intn(20)
				if j+l > len(a) {
					l = len(a) - j
				}
				a = append(a[:j], append(append([]byte{}, a[j:j+l]...), a[j:]...)...)
			}
		}
		b := seeds[r.Intn(len(seeds))]
		in := string(a)
		timer := time.AfterFunc(5*time.Second, func() {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			fmt.Printf("HANG on input %q\n%s\n", in, buf[:n])
			os.Exit(3)
		})
		var srcs []Source
		for i, text := range []string{in, b} {
			var doc yaml.Node
			if yaml.Unmarshal([]byte(text), &doc) != nil {
				continue
			}
			srcs = append(srcs, Source{Path: []string{"reference/a", "reference/b"}[i], Front: &doc})
		}
		s, _ := Build(srcs)
		for _, sym := range s.Symbols() {
			_ = s.Render(sym.ID, "")
			_ = s.Render(sym.ID, sym.Lang)
			_ = s.Lookup(sym.Name)
		}
		timer.Stop()
	}
}
