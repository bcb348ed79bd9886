package snapcodec

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// node and graph have what the corpus model has: unexported fields, a cycle
// (parent), one object behind several pointers, pointers into a slice of
// structs, substrings, nil versus empty, maps of pointers, a done sync.Once.
type node struct {
	Name     string
	parent   *node
	children []*node
}

type entry struct {
	id    string
	score float32
	tags  []string
}

type graph struct {
	Root    *node
	byName  map[string]*node
	text    string
	parts   []string // substrings of text
	entries []entry
	byID    map[string][]*entry // into entries
	nums    [][]int32
	arr     [3]int16
	empty   []int
	none    []int
	emptyM  map[string]int
	once    sync.Once
	wire    wired
	flag    bool
}

// wired travels through Register, as fzf's Chars does.
type wired struct{ n int }

func init() {
	Register(func(w *wired) string { return strings.Repeat("x", w.n) },
		func(s *string) wired { return wired{len(*s)} })
}

func sample() *graph {
	root := &node{Name: "root"}
	a, b := &node{Name: "a", parent: root}, &node{Name: "b", parent: root}
	root.children = []*node{a, b}
	// Long enough for substrings to be kept inside it (short ones are shared by content).
	text := strings.Repeat("alpha beta gamma délta ", 12)
	g := &graph{
		Root:    root,
		byName:  map[string]*node{"root": root, "a": a, "b": b},
		text:    text,
		parts:   []string{text[:100], text[40:180], text[150:], text[6:10]},
		entries: []entry{{"e1", 1.5, []string{"x"}}, {"e2", -2, nil}, {"e3", 0, []string{}}},
		nums:    [][]int32{{1, 2, 3}, nil, {}},
		arr:     [3]int16{7, 8, 9},
		empty:   []int{},
		emptyM:  map[string]int{},
		wire:    wired{4},
		flag:    true,
	}
	g.byID = map[string][]*entry{"odd": {&g.entries[0], &g.entries[2]}, "even": {&g.entries[1]}}
	g.once.Do(func() {})
	return g
}

func roundTrip(t *testing.T, v *graph) *graph {
	t.Helper()
	blob, data, err := Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out graph
	if err := Unmarshal(blob, data, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

func TestRoundTripEveryField(t *testing.T) {
	in := sample()
	out := roundTrip(t, in)
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("decoded value differs:\n in  %+v\n out %+v", in, out)
	}
	if out.none != nil || out.empty == nil || out.emptyM == nil || out.byID["odd"][1].tags == nil {
		t.Error("nil and empty must stay apart")
	}
	ran := false
	out.once.Do(func() { ran = true })
	if ran {
		t.Error("a done sync.Once must stay done")
	}
}

func TestSharingKept(t *testing.T) {
	out := roundTrip(t, sample())
	if out.byName["root"] != out.Root || out.Root.children[0].parent != out.Root {
		t.Error("one object behind two pointers (or a cycle) became two")
	}
	if out.byID["odd"][1] != &out.entries[2] || out.byID["even"][0] != &out.entries[1] {
		t.Error("a pointer into a slice no longer points into it")
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(out.text)))
	for _, p := range out.parts[:3] {
		q := uintptr(unsafe.Pointer(unsafe.StringData(p)))
		if q < start || q+uintptr(len(p)) > start+uintptr(len(out.text)) {
			t.Errorf("substring %q was copied instead of shared", p)
		}
	}
}

func TestRefusesWhatCannotTravel(t *testing.T) {
	type withFunc struct{ f func() }
	if _, _, err := Marshal(&withFunc{f: func() {}}); err == nil {
		t.Error("a non-nil func must be refused")
	}
	type withIface struct{ v any }
	if _, _, err := Marshal(&withIface{v: 1}); err == nil {
		t.Error("a non-nil interface must be refused")
	}
	if _, _, err := Marshal(&withIface{}); err != nil {
		t.Errorf("a nil interface travels as nil: %v", err)
	}
	// A pointer into a slice met before the slice would decode as a copy.
	type early struct {
		first *entry
		all   []entry
	}
	e := &early{all: []entry{{id: "x"}}}
	e.first = &e.all[0]
	if _, _, err := Marshal(e); err == nil {
		t.Error("a pointer into a later slice must be refused")
	}
}

func TestDamagedBytesAreErrors(t *testing.T) {
	blob, data, err := Marshal(sample())
	if err != nil {
		t.Fatal(err)
	}
	var g graph
	if err := Unmarshal(blob, data[:len(data)/2], &g); err == nil {
		t.Error("truncated data must not decode")
	}
	if err := Unmarshal(blob[:3], data, &g); err == nil {
		t.Error("a short blob must not decode")
	}
	if err := Unmarshal(blob, append(data[:len(data):len(data)], 0), &g); err == nil {
		t.Error("trailing bytes must not decode")
	}
}

func FuzzUnmarshal(f *testing.F) {
	blob, data, err := Marshal(sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add(data[:10])
	f.Fuzz(func(t *testing.T, data []byte) {
		var g graph
		_ = Unmarshal(blob, data, &g) // must return, not crash or hang
	})
}
