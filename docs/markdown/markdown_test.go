package markdown

import (
	"slices"
	"strings"
	"testing"
)

func kinds(md string) string {
	var b strings.Builder
	for l := range Lines(md) {
		b.WriteByte("PMC"[l.Kind])
	}
	return b.String()
}

func TestLinesKnowFences(t *testing.T) {
	for _, tc := range []struct{ name, md, want string }{
		{"plain", "a\nb\n", "PP"},
		{"backticks", "a\n```go\nx := 1\n```\nb", "PMCMP"},
		{"tildes", "~~~\n```\n~~~\n", "MCM"},              // a backtick run does not close tildes
		{"longer opener", "````\n```\n````\n", "MCM"},     // a shorter run does not close
		{"longer closer", "```\nx\n`````\nafter", "MCMP"}, // a longer run does
		{"indented in a list", "- item\n  ```\n  x\n  ```\n", "PMCM"},
		{"closer with text is code", "```\n``` not\n```\n", "MCM"},
		{"inline triple backticks", "```x```\nprose", "PP"},
		{"unclosed runs to the end", "```\na\nb", "MCC"},
		{"two backticks are prose", "``\nx", "PP"},
	} {
		if got := kinds(tc.md); got != tc.want {
			t.Errorf("%s: %q → %s, want %s", tc.name, tc.md, got, tc.want)
		}
	}
}

func TestLinesOffsetsIndexTheText(t *testing.T) {
	md := "one\n\n```\ntwo\n```\nthree"
	for l := range Lines(md) {
		if md[l.Off:l.Off+len(l.Text)] != l.Text {
			t.Errorf("line %q at %d does not index md", l.Text, l.Off)
		}
	}
}

func TestInfo(t *testing.T) {
	for line, want := range map[string]string{"```go title=\"a\"": `go title="a"`, "  ~~~ sh": "sh", "```": "", "text": "", "```a`b": ""} {
		if got := Info(line); got != want {
			t.Errorf("Info(%q) = %q, want %q", line, got, want)
		}
	}
}

const doc = "# Title\n\nFirst paragraph\nstill first.\n\n```js\nlet a\n\nlet b\n```\n- list\n- more\n\n## Next\ntail"

func TestBlocksKeepFencesWhole(t *testing.T) {
	heads := map[int]int{0: 1, strings.Index(doc, "## Next"): 2}
	var got []string
	for _, b := range Blocks(doc, heads) {
		tag := ""
		if b.Fence {
			tag = "F:"
		} else if b.Level > 0 {
			tag = "H:"
		}
		got = append(got, tag+strings.TrimSpace(doc[b.Start:b.End]))
	}
	want := []string{"H:# Title", "First paragraph\nstill first.", "F:```js\nlet a\n\nlet b\n```", "- list\n- more", "H:## Next", "tail"}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\n%q\nwant\n%q", got, want)
	}
	// Without heading offsets a heading line is ordinary text.
	if bs := Blocks(doc, nil); bs[0].Level != 0 || !strings.Contains(doc[bs[0].Start:bs[0].End], "# Title") {
		t.Errorf("nil heads: %+v", bs[0])
	}
}

func TestTokensCountCodeDenser(t *testing.T) {
	prose := strings.Repeat("word ", 280)    // 1400 bytes
	code := "```\n" + prose[:1392] + "\n```" // 1400 bytes
	if p, c := Tokens(prose), Tokens(code); p != 350 || c != 400 {
		t.Errorf("prose %d tokens (want 350), code %d (want 400)", p, c)
	}
}

func TestCutNeverStartsInsideABlockNorEndsOnAHeading(t *testing.T) {
	heads := map[int]int{0: 1, strings.Index(doc, "## Next"): 2}
	bs := Blocks(doc, heads)
	for budget := 1; budget < len(doc)+5; budget++ {
		for from, parts := 0, 0; from < len(doc); parts++ {
			start, end := Cut(doc, bs, from, len(doc), budget, 1000)
			if end <= start || parts > len(bs) {
				t.Fatalf("budget %d from %d: no progress", budget, from)
			}
			if slices.ContainsFunc(bs, func(b Block) bool { return b.Start < start && start < b.End }) {
				t.Errorf("budget %d: part starts mid-block at %d", budget, start)
			}
			part := strings.TrimRight(doc[start:end], "\n")
			if end < len(doc) && strings.HasSuffix(part, "## Next") && part != "## Next" {
				t.Errorf("budget %d: part ends on a heading", budget)
			}
			from = end
		}
	}
	// A block over hardMax is cut at a line end.
	long := strings.Repeat("line\n", 100)
	if _, end := Cut(long, Blocks(long, nil), 0, len(long), 10, 52); end != 50 {
		t.Errorf("hard cut at %d, want 50", end)
	}
}

func FuzzLines(f *testing.F) {
	for _, s := range []string{doc, "```\n", "~~~~\n~~~\n~~~~~", "  ```go\n  x\n  ```\n", "\n\n", "```x```"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		var b strings.Builder
		for l := range Lines(md) {
			if l.Off > len(md) || md[l.Off:l.Off+len(l.Text)] != l.Text {
				t.Fatalf("line %q at %d does not index the input", l.Text, l.Off)
			}
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
		if got := strings.TrimSuffix(b.String(), "\n"); got != strings.TrimSuffix(md, "\n") {
			t.Fatalf("lines do not rebuild the input")
		}
		last := 0
		for _, bl := range Blocks(md, nil) {
			if bl.Start < last || bl.End <= bl.Start || bl.End > len(md) {
				t.Fatalf("block %+v out of order or range (len %d)", bl, len(md))
			}
			last = bl.End
		}
		if Tokens(md) < 0 {
			t.Fatal("negative tokens")
		}
	})
}
