package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// runExit runs the program as main does, returning its exit code and what it
// wrote to stderr (stdout is discarded).
func runExit(t *testing.T, args ...string) (int, string) {
	t.Helper()
	code, _, stderr := runRaw(t, args...)
	return code, string(stderr)
}

func TestExitCodes(t *testing.T) {
	fx := fixtureDocs
	for _, tc := range []struct {
		args []string
		code int
		msg  string // in the one stderr line
	}{
		{[]string{"--docs", fx, "--config", "no-such-config.yaml"}, 2, "no-such-config.yaml"},
		{[]string{"bogus", "words"}, 2, `the explorer opens one page`},
		{[]string{"--docs", fx, "serch"}, 2, `unknown command or page "serch" (did you mean: search?)`},
		{[]string{"serch", "hooks"}, 2, "did you mean: search?"},
		{[]string{"tree", "--docs", fx, "extra"}, 2, `tree takes no arguments (got "extra")`},
		{[]string{"--http", "127.0.0.1:0"}, 2, "--http needs --mcp"},
		{[]string{"show", "--docs", fx, "--lang", "cobol", "relay"}, 2, "one of: curl, go, js"},
		{[]string{"search", "--docs", fx, "--lang", "cobol", "hook"}, 2, "one of: curl, go, js"},
		{[]string{"search", "--docs", fx, "--scope", "nope", "hook"}, 2, "relay, sdks"},
		{[]string{"search", "--docs", fx, "--offset", "-1", "hook"}, 2, "--offset must be 0 or more"},
		{[]string{"search", "--docs", fx, "--limit", "0", "hook"}, 2, "--limit must be between 1 and 100"},
		{[]string{"search", "--docs", fx, "--limit", "101", "hook"}, 2, "--limit must be between 1 and 100"},
		{[]string{"show", "--docs", fx, "relay/retry"}, 1, "did you mean: relay/retries"},
		{[]string{"show", "--docs", fx, "relay/retries#nope"}, 1, `no section "nope"`},
		{[]string{"show", "--docs", fx, "#"}, 2, `"#" names no page`},
		{[]string{"show", "--docs", fx, "sdks"}, 1, `"sdks" is a section without a page of its own; it holds sdks/tiny-js`},
		{[]string{"show", "--docs", fx, "--lang", "golang", "reference/hooks/hook/create#create-a-hook"}, 0, ""},
		{[]string{"search", "--docs", fx, "--scope", "/relay/", "--lang", "golang", "hook"}, 0, ""},
		{[]string{"tree", "--docs", fx}, 0, ""},
	} {
		if tc.args[len(tc.args)-2] == "--config" && !hasExplorer {
			continue // the config file is the explorer's
		}
		code, stderr := runExit(t, tc.args...)
		if code != tc.code {
			t.Errorf("%q: exit %d, want %d (stderr %q)", tc.args, code, tc.code, stderr)
			continue
		}
		if tc.code == 0 {
			if stderr != "" {
				t.Errorf("%q: stderr %q on success", tc.args, stderr)
			}
			continue
		}
		if !strings.HasPrefix(stderr, "workos-docs-tui: ") || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%q: stderr %q, want one line with %q", tc.args, stderr, tc.msg)
		}
	}
}

// TestSearchScopeNormalised: --scope takes the spellings PATH does and keeps
// results inside the area; --lang takes SDK aliases.
func TestSearchScopeNormalised(t *testing.T) {
	out, err := runCmd(t, "search", "--json", "--docs", fixtureDocs, "--scope", "https://workos.com/docs/relay/", "--lang", "golang", "hook")
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Results []searchHitJSON `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(res.Results) == 0 {
		t.Fatal("no results in relay for \"hook\"")
	}
	for _, h := range res.Results {
		if h.Path != "relay" && !strings.HasPrefix(h.Path, "relay/") {
			t.Errorf("result %s outside --scope relay", h.Path)
		}
	}
}
