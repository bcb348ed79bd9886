package mcpbridge

import (
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// TestRealCorpus checks the budgets and drop-in answers on the real corpus;
// it runs only when WORKOS_DOCS_DIR names one (CI syncs it).
func TestRealCorpus(t *testing.T) {
	c, err := docs.Load(testcorpus.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	cl := connect(t, NewServer(Loaded(c), Options{}), "")
	for _, p := range []string{"events", "reference", "sso"} {
		txt := ok(t, cl, "workos_docs", map[string]any{"path": p})
		if len(txt) > 40000 {
			t.Errorf("workos_docs(%s): %d chars over the default budget", p, len(txt))
		}
		if n := len(fenceLine.FindAllString(txt, -1)); n%2 != 0 {
			t.Errorf("workos_docs(%s) cuts a fence", p)
		}
	}
	txt := ok(t, cl, "workos_search", map[string]any{"query": "JIT provisioning", "maxResults": 5})
	mustContain(t, txt, "path: sso/jit-provisioning")
	if len(txt) > 12000 {
		t.Errorf("10-hit search is %d chars", len(txt))
	}
	mustContain(t, ok(t, cl, "workos_changelogs", map[string]any{"package": "workos"}), "## ")
	for _, p := range []string{"../../../README", "../../package.json"} {
		txt := fails(t, cl, "workos_docs", map[string]any{"path": p})
		mustNotContain(t, txt, "mcp-docs-server", "\"version\"")
	}
	// Review findings, on the corpus they were found in.
	mustContain(t, ok(t, cl, "workos_docs", map[string]any{"path": "glossary/acs-url"}), "Section: ACS URL")
	mustContain(t, ok(t, cl, "workos_docs", map[string]any{"path": "events/directory-sync", "maxTokens": 300}), "#directory-sync")
	if a, b := ok(t, cl, "workos_docs", map[string]any{"path": "reference/sso"}), ok(t, cl, "workos_docs", map[string]any{"path": "reference/sso", "offset": 1}); a != b {
		t.Errorf("reference/sso offset=1 is not the start:\n%s", b)
	}
	if txt := ok(t, cl, "workos_api", map[string]any{"name": "getProfileAndToken"}); relLink.MatchString(txt) {
		t.Errorf("workos_api has relative links:\n%s", txt)
	}
	mustNotContain(t, ok(t, cl, "workos_examples", map[string]any{"example": "sso", "maxTokens": 20000}), "/_")
	if !strings.Contains(ok(t, cl, "workos_list", nil), "- sso — ") {
		t.Error("root listing lacks the sso area")
	}
}
