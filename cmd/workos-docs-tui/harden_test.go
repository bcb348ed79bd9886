package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/testcorpus"
)

// runRaw runs the program as main does and returns its exit code and the raw
// bytes it wrote to stdout and stderr.
func runRaw(t *testing.T, args ...string) (int, []byte, []byte) {
	t.Helper()
	t.Setenv("WORKOS_DOCS_DIR", "")
	dir := t.TempDir()
	outF, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	errF, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = outF, errF
	code := run(args)
	os.Stdout, os.Stderr = oldOut, oldErr
	outF.Close()
	errF.Close()
	out, _ := os.ReadFile(outF.Name())
	stderr, _ := os.ReadFile(errF.Name())
	return code, out, stderr
}

// assertNoHostileBytes checks raw output: no payload word, and no control
// byte but '\n' and '\t', except, when styled is set, glamour's own SGR
// colours and OSC 8 hyperlinks (whose URLs come from clean text).
func assertNoHostileBytes(t *testing.T, what string, b []byte, styled bool) {
	t.Helper()
	s := string(b)
	for _, m := range testcorpus.Markers {
		if strings.Contains(s, m) {
			t.Errorf("%s: payload %q reached the output", what, m)
		}
	}
	var state byte
	pa := ansi.NewParser()
	for rest := s; len(rest) > 0; {
		seq, width, n, st := ansi.DecodeSequence(rest, state, pa)
		state = st
		rest = rest[n:]
		if width > 0 || seq == "\n" || seq == "\t" || seq == " " {
			continue
		}
		if r := []rune(seq); len(r) == 1 && r[0] >= 0x20 && (r[0] < 0x7f || r[0] > 0x9f) {
			continue // zero-width text
		}
		if styled && (ansi.HasCsiPrefix(seq) && pa.Command() == 'm' || ansi.HasOscPrefix(seq) && pa.Command() == 8) {
			continue // glamour's colours and hyperlinks
		}
		t.Errorf("%s: control sequence %q in the output", what, seq)
		return
	}
}

// TestHostileCorpusFaces: the hostile corpus's escape sequences reach no
// terminal through show (plain and styled), search or tree.
func TestHostileCorpusFaces(t *testing.T) {
	dir := testcorpus.Hostile(t)
	for _, args := range [][]string{
		{"show", "--docs", dir, "hostile/page"},
		{"show", "--plain", "--docs", dir, "hostile/page#clipboard-section"},
		{"search", "--docs", dir, "quokka"},
		{"search", "--docs", dir, "calm"},
		{"tree", "--docs", dir},
	} {
		code, out, stderr := runRaw(t, args...)
		if code != 0 {
			t.Errorf("%q: exit %d: %s", args, code, stderr)
		}
		if len(out) == 0 {
			t.Errorf("%q: no output", args)
		}
		assertNoHostileBytes(t, strings.Join(args, " "), out, false)
		assertNoHostileBytes(t, strings.Join(args, " ")+" (stderr)", stderr, false)
	}
	// Styled show: what glamour receives is clean, so only its SGR remains.
	c, err := docs.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	md, err := showMarkdown(c, "hostile/page", "", docs.Stack{})
	if err != nil {
		t.Fatal(err)
	}
	for _, style := range []string{"dark", "light", "notty"} {
		r, err := renderTerminal(md, nil, style)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(ansi.Strip(r), "smiles") {
			t.Errorf("styled %s: page text lost", style)
		}
		assertNoHostileBytes(t, "styled show "+style, []byte(r), true)
	}
}

// TestWriteErrors: a failed write to stdout is an error (exit 1) for every
// verb, reported once.
func TestWriteErrors(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full on this system")
	}
	full.Close()
	for _, args := range [][]string{
		{"search", "--docs", fixtureDocs, "hook"},
		{"search", "--docs", fixtureDocs, "zzzqqq"},
		{"search", "--json", "--docs", fixtureDocs, "hook"},
		{"show", "--docs", fixtureDocs, "relay/retries"},
		{"tree", "--docs", fixtureDocs},
		{"--version"},
	} {
		f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		stderrF, err := os.CreateTemp(t.TempDir(), "stderr")
		if err != nil {
			t.Fatal(err)
		}
		t.Setenv("WORKOS_DOCS_DIR", "")
		oldOut, oldErr := os.Stdout, os.Stderr
		os.Stdout, os.Stderr = f, stderrF
		code := run(args)
		os.Stdout, os.Stderr = oldOut, oldErr
		f.Close()
		stderrF.Close()
		stderr, _ := os.ReadFile(stderrF.Name())
		if code != 1 {
			t.Errorf("%q > /dev/full: exit %d, want 1", args, code)
		}
		if n := strings.Count(string(stderr), "no space left"); n != 1 {
			t.Errorf("%q > /dev/full: stderr %q, want the error once", args, stderr)
		}
	}
}

func TestHardenedUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"tree", "--docs", ""}, 2, `--docs "" names no folder`},
		{[]string{"show", "--docs", fixtureDocs, "--theme", "neon", "relay"}, 2, "--theme must be auto, dark or light"},
		{[]string{"show", "--docs", fixtureDocs, "--theme", "light", "relay"}, 0, ""},
		{[]string{"search", "--docs", fixtureDocs, "--offset", "90", "hook"}, 0, ""},
		{[]string{"show", "--docs", fixtureDocs, strings.Repeat("a", 12000)}, 1, "bytes more)"},
	} {
		code, _, stderr := runRaw(t, tc.args...)
		if code != tc.code || !strings.Contains(string(stderr), tc.msg) {
			t.Errorf("%.80q: exit %d, stderr %.200q; want %d with %q", tc.args, code, stderr, tc.code, tc.msg)
		}
		if len(stderr) > 600 {
			t.Errorf("%.80q: %d bytes of error", tc.args, len(stderr))
		}
	}
	_, out, _ := runRaw(t, "search", "--docs", fixtureDocs, "--offset", "90", "hook")
	if !strings.Contains(string(out), "No results past --offset 90") || !strings.Contains(string(out), "has ") {
		t.Errorf("search past the end: %q", out)
	}
}
