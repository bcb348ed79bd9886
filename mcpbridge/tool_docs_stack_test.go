package mcpbridge

import (
	"os"
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

func TestDocsStackArgument(t *testing.T) {
	cl := connect(t, testServer(t), "")
	txt := fails(t, cl, "workos_docs", map[string]any{"path": "events", "stack": "rails"})
	mustContain(t, txt, "nextjs", "nodejs")
	// A page without stack alternatives reads the same, with a Stack line.
	plain := ok(t, cl, "workos_docs", map[string]any{"path": "events"})
	stacked := ok(t, cl, "workos_docs", map[string]any{"path": "events", "stack": "nextjs,nodejs"})
	mustContain(t, stacked, "Stack: nextjs,nodejs")
	if strings.Replace(stacked, "Stack: nextjs,nodejs\n", "", 1) != plain {
		t.Errorf("stack changed a page without alternatives:\n%s", stacked)
	}
}

// TestRealDocsStack is the check: a Next.js + Node reader of the
// AuthKit quick start gets at most 65 % of the unfiltered page.
func TestRealDocsStack(t *testing.T) {
	dir := os.Getenv("WORKOS_DOCS_DIR")
	if dir == "" {
		t.Skip("WORKOS_DOCS_DIR not set")
	}
	c, err := docs.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	cl := connect(t, NewServer(Loaded(c), Options{}), "")
	all := ok(t, cl, "workos_docs", map[string]any{"path": "authkit", "maxTokens": 20000})
	some := ok(t, cl, "workos_docs", map[string]any{"path": "authkit", "maxTokens": 20000, "stack": "nextjs,nodejs"})
	mustContain(t, some, "@workos-inc/authkit-nextjs", "@workos-inc/node", "change the stack to see them")
	mustNotContain(t, some, "@workos-inc/authkit-remix")
	if r := float64(len(some)) / float64(len(all)); r > 0.65 {
		t.Errorf("stack view is %.0f%% of the page (%d of %d chars), want ≤ 65%%", r*100, len(some), len(all))
	}
}
