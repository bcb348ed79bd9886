package docs

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

// snapshotCorpora are the corpora the snapshot tests run on, each a private
// copy (Open writes beside the corpus): the fixture with a page of non-ASCII
// headings added, and the real corpus when WORKOS_DOCS_DIR is set.
func snapshotCorpora(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	fix := filepath.Join(t.TempDir(), "fixture")
	if err := os.CopyFS(fix, os.DirFS(fixtureDir)); err != nil {
		t.Fatal(err)
	}
	// go-to keeps non-ASCII labels in another layout than ASCII ones.
	accents := "---\ntitle: Relay café — Überblick\ndescription: Accents, dashes and a check mark ✓\n---\n\n" +
		"## Première étape\n\nRelays route naïve messages.\n\n## Zweiter Schritt ✓\n\nDone — nearly.\n"
	if err := os.WriteFile(filepath.Join(fix, "docs", "relay", "accents.mdx"), []byte(accents), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(fix, SnapshotFile)) // left by a test that opened the fixture
	out["fixture"] = fix
	if dir := os.Getenv("WORKOS_DOCS_DIR"); dir != "" {
		org, err := Locate(dir)
		if err != nil {
			t.Fatal(err)
		}
		real := filepath.Join(t.TempDir(), "real")
		if err := os.CopyFS(real, os.DirFS(org)); err != nil {
			t.Fatal(err)
		}
		os.Remove(filepath.Join(real, SnapshotFile)) // a copy of another build's snapshot
		out["real"] = real
	}
	return out
}

// TestSnapshotRoundTrip decodes a snapshot and compares it, every field
// reachable from the Corpus exported or not (pages, tree, API reference,
// search index), with the corpus it was written from. A field added to any
// of those types is covered without touching the snapshot code; one the
// codec cannot carry fails here.
func TestSnapshotRoundTrip(t *testing.T) {
	for name, dir := range snapshotCorpora(t) {
		t.Run(name, func(t *testing.T) {
			c, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), SnapshotFile)
			key, err := SnapshotKey(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := WriteSnapshot(c, path, key); err != nil {
				t.Fatal(err)
			}
			d, err := ReadSnapshot(path, key)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c, d) {
				t.Fatalf("the decoded corpus differs from the loaded one in: %s",
					strings.Join(fieldDiffs(reflect.ValueOf(c).Elem(), reflect.ValueOf(d).Elem(), "Corpus", 3), ", "))
			}
		})
	}
}

// fieldDiffs names the struct fields, down to depth levels, whose values differ.
func fieldDiffs(a, b reflect.Value, path string, depth int) []string {
	for a.Kind() == reflect.Pointer && !a.IsNil() && !b.IsNil() {
		a, b = a.Elem(), b.Elem()
	}
	if depth == 0 || a.Kind() != reflect.Struct {
		return []string{path}
	}
	var out []string
	for i := range a.NumField() {
		fa, fb := open(a.Field(i)), open(b.Field(i))
		if !reflect.DeepEqual(fa.Interface(), fb.Interface()) {
			out = append(out, fieldDiffs(fa, fb, path+"."+a.Type().Field(i).Name, depth-1)...)
		}
	}
	return out
}

// open makes an unexported field readable, for diagnostics only.
func open(v reflect.Value) reflect.Value {
	if v.CanAddr() {
		return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	return v
}

// TestSnapshotAnswers checks that a corpus decoded from its snapshot answers
// exactly as the loaded one: search (plain, by language, by scope) on every
// query set, go-to, did-you-mean, page views in every language, sections,
// addresses, the tree, the API reference and the changelog. The snapshot
// side runs in a fresh process that never loads or builds anything, so
// package state that only Load or Build sets up would show here.
func TestSnapshotAnswers(t *testing.T) {
	queries := snapshotQueries(t)
	for name, dir := range snapshotCorpora(t) {
		t.Run(name, func(t *testing.T) {
			if name == "real" && raceBuild {
				t.Skip("-race: run without it (go test -run TestSnapshotAnswers ./docs)")
			}
			c, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, SnapshotFile)
			key, err := SnapshotKey(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := WriteSnapshot(c, path, key); err != nil {
				t.Fatal(err)
			}
			fresh, err := Load(dir) // untouched by the encoder
			if err != nil {
				t.Fatal(err)
			}
			want := answers(fresh, queries)

			qf := filepath.Join(t.TempDir(), "queries.json")
			b, _ := json.Marshal(queries)
			if err := os.WriteFile(qf, b, 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "answers.txt")
			cmd := exec.Command(os.Args[0], "-test.run=^TestSnapshotChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "SNAPSHOT_CHILD_DIR="+dir, "SNAPSHOT_CHILD_KEY="+hex.EncodeToString(key[:]),
				"SNAPSHOT_CHILD_QUERIES="+qf, "SNAPSHOT_CHILD_OUT="+out)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("snapshot side: %v\n%s", err, msg)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			compareAnswers(t, want, got)
		})
	}
}

// TestSnapshotChild is the snapshot side of TestSnapshotAnswers.
func TestSnapshotChild(t *testing.T) {
	dir := os.Getenv("SNAPSHOT_CHILD_DIR")
	if dir == "" {
		t.Skip("run by TestSnapshotAnswers")
	}
	var key [sha256.Size]byte
	if _, err := hex.Decode(key[:], []byte(os.Getenv("SNAPSHOT_CHILD_KEY"))); err != nil {
		t.Fatal(err)
	}
	c, err := ReadSnapshot(filepath.Join(dir, SnapshotFile), key)
	if err != nil {
		t.Fatal(err)
	}
	c.Dir = dir
	var queries []string
	b, err := os.ReadFile(os.Getenv("SNAPSHOT_CHILD_QUERIES"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &queries); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(os.Getenv("SNAPSHOT_CHILD_OUT"), answers(c, queries), 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshotQueries are the queries of every set in docs/search/testdata and of
// any extra JSONL sets named in $WORKOS_QUERY_SETS (path-list separated).
func snapshotQueries(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("search", "testdata", "*.jsonl"))
	if extra := os.Getenv("WORKOS_QUERY_SETS"); extra != "" {
		files = append(files, filepath.SplitList(extra)...)
	}
	if len(files) == 0 {
		t.Fatal("no query sets found")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var q struct {
				Args struct {
					Query string `json:"query"`
				} `json:"args"`
			}
			if json.Unmarshal(sc.Bytes(), &q) == nil && q.Args.Query != "" {
				out = append(out, q.Args.Query)
			}
		}
	}
	return out
}

// answers is everything a user or agent can ask the corpus, one line per
// question: its name and the JSON answer (a hash and a prefix for the large
// ones: page views).
func answers(c *Corpus, queries []string) []byte {
	var buf bytes.Buffer
	line := func(name string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			b = []byte(err.Error())
		}
		if len(b) > 2048 {
			h := sha256.Sum256(b)
			b = fmt.Appendf(nil, "%x %.80s", h[:8], b)
		}
		fmt.Fprintf(&buf, "%s\t%s\n", name, b)
	}
	langs := c.Languages()
	var scopes []string
	for _, n := range c.Nav {
		for _, ch := range n.Children {
			if ch.Path != "" {
				scopes = append(scopes, strings.SplitN(ch.Path, "/", 2)[0])
			}
		}
	}
	for _, p := range c.Pages {
		queries = append(queries, p.Title, p.Path)
	}
	// Each query is also asked with one language and one scope, in turn, so
	// every language and area is covered without multiplying the run time.
	for i, q := range queries {
		line("search "+q, c.Search(q, search.Options{}))
		line("search page 2 "+q, c.Search(q, search.Options{Limit: 5, Offset: 5}))
		if len(scopes) > 0 {
			s := scopes[i%len(scopes)]
			line("search scope "+s+" "+q, c.Search(q, search.Options{Scope: s}))
		}
		if len(langs) > 0 {
			l := langs[i%len(langs)]
			line("search lang "+l+" "+q, c.Search(q, search.Options{Limit: 5, Lang: l}))
		}
		line("goto "+q, c.GoTo(q, 20))
		if r := []rune(q); len(r) > 3 {
			line("goto prefix "+q, c.GoTo(string(r[:3]), 20))
		}
		line("suggest "+q, c.Suggest(q, 5))
	}
	for _, p := range c.Pages {
		line("page "+p.Path, p)
		line("area "+p.Path, c.Area(p.Path))
		line("children "+p.Path, c.Children(p.Path))
		for _, l := range append([]string{""}, langs...) {
			line("view "+l+" "+p.Path, c.View(p, l))
		}
		for _, s := range p.Sections {
			rp, anchor, ok := c.Resolve(p.Path + "/" + s.Anchor)
			var got string
			if rp != nil {
				got = rp.Path
			}
			line("resolve "+p.Path+"/"+s.Anchor, []any{got, anchor, ok})
		}
		if p.API != nil {
			for _, id := range p.API.IDs() {
				line("api "+p.Path+" "+id, c.RenderAPI(p.Path, id, ""))
				if len(langs) > 0 {
					line("api "+langs[len(langs)-1]+" "+p.Path+" "+id, c.RenderAPI(p.Path, id, langs[len(langs)-1]))
				}
			}
		}
	}
	if c.API != nil {
		for _, s := range c.API.Symbols() {
			line("lookup "+s.Name, c.API.Lookup(s.Name))
		}
	}
	line("tree", c.Nav)
	line("children of the root", c.Children(""))
	line("changelog", c.Changelog)
	line("notices", c.Notices)
	line("languages", langs)
	line("manifest", c.Manifest)
	return buf.Bytes()
}

func compareAnswers(t *testing.T, want, got []byte) {
	t.Helper()
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	if len(w) != len(g) {
		t.Fatalf("%d answers from the loaded corpus, %d from the snapshot", len(w), len(g))
	}
	bad := 0
	for i := range w {
		if w[i] != g[i] {
			if bad++; bad <= 5 {
				t.Errorf("answer differs:\n loaded   %s\n snapshot %s", w[i], g[i])
			}
		}
	}
	if bad > 0 {
		t.Fatalf("%d of %d answers differ", bad, len(w))
	}
	t.Logf("%d answers identical", len(w))
}

// TestOpen checks the life of the snapshot file: written at first open,
// used while it matches, rebuilt silently when stale or damaged, and never
// written when switched off. Every open answers like Load.
func TestOpen(t *testing.T) {
	dir := snapshotCorpora(t)["fixture"]
	path := filepath.Join(dir, SnapshotFile)

	// Open writes only beside a corpus sync installed.
	if _, err := Open(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("a snapshot was written beside a corpus sync did not install")
	}
	manifest := `{"package":"@example/docs","version":"1.0.0","integrity":"sha512-none","syncedAt":"2026-01-02T03:04:05Z"}`
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	loaded.index()
	same := func(c *Corpus, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		c.index()
		if !reflect.DeepEqual(c, loaded) {
			t.Fatalf("Open answers unlike Load in: %v", fieldDiffs(reflect.ValueOf(loaded).Elem(), reflect.ValueOf(c).Elem(), "Corpus", 3))
		}
	}
	valid := func() {
		t.Helper()
		key, err := SnapshotKey(dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ReadSnapshot(path, key); err != nil {
			t.Fatalf("no valid snapshot after Open: %v", err)
		}
	}

	t.Setenv(SnapshotEnv, "off")
	same(Open(dir))
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("a snapshot was written while switched off")
	}
	t.Setenv(SnapshotEnv, "")

	// A temporary file a killed writer left an hour ago goes with the next write.
	left := filepath.Join(dir, SnapshotFile+".tmp-123")
	if err := os.WriteFile(left, []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-2 * time.Hour)
	os.Chtimes(left, past, past)

	same(Open(dir))
	valid()
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Error("a stale temporary snapshot was left behind")
	}
	same(Open(dir)) // from the snapshot

	b, _ := os.ReadFile(path)
	for _, damage := range map[string][]byte{
		"flipped byte": func() []byte { d := bytes.Clone(b); d[len(d)/2] ^= 0x40; return d }(),
		"truncated":    b[:len(b)/3],
		"empty":        nil,
		"not ours":     []byte("hello"),
	} {
		if err := os.WriteFile(path, damage, 0o644); err != nil {
			t.Fatal(err)
		}
		same(Open(dir))
		valid()
	}

	// A corpus file changes: the old snapshot is stale, and must not be used.
	page := filepath.Join(dir, "docs", "status.mdx")
	text, _ := os.ReadFile(page)
	if err := os.WriteFile(page, bytes.Replace(text, []byte("\n---\n"), []byte("\n---\n\nA line added after the snapshot.\n"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour)
	os.Chtimes(page, future, future)
	c, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := c.Page("status")
	if !strings.Contains(p.Markdown, "A line added after the snapshot.") {
		t.Fatal("a stale snapshot was used after a corpus file changed")
	}
	valid()
}

// TestBuildIDFound: the key must change with the code, which the Go build ID
// does; the fallback (build info, file size and time) is only for binaries
// built without one.
func TestBuildIDFound(t *testing.T) {
	id := readBuildID()
	if id == fallbackID(os.Args[0]) || strings.Count(id, "/") < 1 || strings.ContainsAny(id, "\x00\n\"") {
		t.Fatalf("no Go build ID read from the running executable: %q", id)
	}
	if _, err := exec.LookPath("go"); err == nil {
		out, err := exec.Command("go", "tool", "buildid", os.Args[0]).Output()
		if err == nil && strings.TrimSpace(string(out)) != id {
			t.Errorf("read build ID %q, go tool buildid says %q", id, strings.TrimSpace(string(out)))
		}
	}
}
