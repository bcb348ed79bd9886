package mdx

import (
	"strings"
	"testing"
	"time"
)

func TestZZScale(t *testing.T) {
	for _, n := range []int{5000, 10000, 20000, 40000} {
		for _, unit := range []string{"[a <b c ![d { <!-- ", "<A b='", "`x", "{/* ", "- | x\n", "<Callout>\n", "</X>\n", "<style>", "![a](b)[", "[x](", "# h\n"} {
			in := strings.Repeat(unit, n)
			st := time.Now()
			ToMarkdown(in, testEnv{})
			t.Logf("%q x%d: %v", unit, n, time.Since(st))
		}
	}
}
