package apiref

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDump(t *testing.T) {
	srcs := realSources(t)
	set, _ := Build(srcs)
	for _, a := range strings.Split(os.Getenv("DUMP"), ",") {
		id, lang, _ := strings.Cut(a, ":")
		fmt.Printf("==== %s %s\n%s\n", id, lang, set.Render(id, lang))
	}
	if q := os.Getenv("LOOK"); q != "" {
		for _, e := range set.Lookup(q) {
			fmt.Println(e.ID, e.Lang, e.Title, e.Page)
		}
	}
}

func TestBudgetUse(t *testing.T) {
	b := newBuilder(realSources(t))
	b.run()
	t.Logf("budget used %d", walkBudget-b.budget)
}
