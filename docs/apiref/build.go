package apiref

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Stats counts the reference data and how its tokens resolved.
type Stats struct {
	Pages      int // pages with a reference: block
	Entries    int // entries across all languages
	Tokens     int // "(token)" occurrences in reference items and entries
	Resolved   int // tokens that found their text (Empty included)
	Empty      int // tokens naming a descriptions group that has no text of its own
	Unresolved int // tokens that found nothing (or only a cycle)
}

// descDef is one value of a descriptions: block. A group is a mapping (it may
// hold a "self" text); a leaf holds text, which may itself be a token.
type descDef struct {
	src   int
	text  string
	group bool
}

// rawEntry is a reference: list element before resolution. Elements with an id
// are entries; elements without one are shared item definitions ("helpers",
// e.g. go's ctx and err on the reference index page) that bare tokens expand to.
type rawEntry struct {
	src  int
	lang string
	node *yaml.Node
	key  string
	id   string
}

// rawKey indexes reference elements by language ("*": any) and key.
type rawKey struct{ lang, key string }

type builder struct {
	srcs    []Source
	notices []Notice
	noticed map[Notice]bool
	budget  int // walk steps left in this Build
	local   int // walk steps left for the entry being built

	desc, descFold, descFlat map[string][]descDef

	entries    []*rawEntry
	helperList []*rawEntry
	helpers    map[rawKey][]*rawEntry // {lang, key}, {lang, fold(key)} and {"*", fold(key)}
	objects    map[rawKey][]*rawEntry // the same three spellings, for entries with an id

	stats Stats
	memo  map[memoKey]memoVal

	current    string // the entry being built, for budget notices
	currentSrc int
}

// Walk budgets bound the work of one Build against hostile alias trees (YAML
// anchors make a small file describe an exponentially large tree). The real
// corpus (0.2.0) needs about 14,000 steps in all and under 100 for its largest
// entry or descriptions block; a runaway one is cut short without starving
// the others.
const (
	walkBudget  = 200_000
	entryBudget = 2_000
)

// Build parses every source and resolves tokens globally. Problems are returned
// as notices (file path, message); Build never fails.
func Build(sources []Source) (*Set, []Notice) {
	b := newBuilder(sources)
	return b.run(), b.notices
}

func newBuilder(sources []Source) *builder {
	return &builder{
		srcs:     sources,
		noticed:  map[Notice]bool{},
		budget:   walkBudget,
		local:    walkBudget,
		desc:     make(map[string][]descDef, 2048),
		descFold: make(map[string][]descDef, 2048),
		descFlat: make(map[string][]descDef, 2048),
		helpers:  map[rawKey][]*rawEntry{},
		objects:  map[rawKey][]*rawEntry{},
		memo:     make(map[memoKey]memoVal, 4096),
	}
}

func (b *builder) run() *Set {
	for i, src := range b.srcs {
		front := deref(src.Front)
		if front == nil {
			continue
		}
		if front.Kind != yaml.MappingNode {
			b.notice(i, "frontmatter is %s, not a mapping", kindName(front))
			continue
		}
		if d := get(front, "descriptions"); d != nil {
			b.startEntry(i, "descriptions")
			b.collectDescriptions(i, d)
			b.endEntry()
		}
		if r := get(front, "reference"); r != nil {
			b.collectReference(i, r)
		}
	}
	return b.resolve()
}

func (b *builder) notice(src int, format string, args ...any) {
	n := Notice{Path: b.srcs[src].Path, Message: fmt.Sprintf(format, args...)}
	if !b.noticed[n] {
		b.noticed[n] = true
		b.notices = append(b.notices, n)
	}
}

// spend takes one step from the walk budgets; false once one is exhausted.
func (b *builder) spend() bool {
	if b.budget <= 0 || b.local <= 0 {
		return false
	}
	b.budget--
	b.local--
	if b.budget == 0 {
		b.notices = append(b.notices, Notice{Message: "reference data too large: walk budget exhausted, the rest is skipped"})
	}
	return b.budget > 0 && b.local > 0
}

// startEntry gives the next entry (or shared definition) its own budget;
// endEntry reports when it ran out.
func (b *builder) startEntry(src int, where string) {
	b.local = entryBudget
	b.current, b.currentSrc = where, src
}

func (b *builder) endEntry() {
	if b.local <= 0 {
		b.notice(b.currentSrc, "%s: too large to expand (walk budget exhausted)", b.current)
	}
}

func (b *builder) collectDescriptions(src int, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		if scalar(n) != "" || n.Kind != yaml.ScalarNode {
			b.notice(src, "descriptions is %s, not a mapping", kindName(n))
		}
		return
	}
	b.walkDescriptions(src, "", n, 0)
}

func (b *builder) walkDescriptions(src int, prefix string, n *yaml.Node, depth int) {
	if depth > maxDepth {
		b.notice(src, "descriptions nested too deeply at %q", prefix)
		return
	}
	pairs(n, func(k string, v *yaml.Node) {
		if !b.spend() {
			return
		}
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		v = deref(v)
		switch {
		case v == nil:
			b.notice(src, "descriptions.%s: unreadable value", key)
		case v.Kind == yaml.MappingNode:
			b.addDesc(key, descDef{src: src, group: true})
			b.walkDescriptions(src, key, v, depth+1)
		case v.Kind == yaml.ScalarNode:
			b.addDesc(key, descDef{src: src, text: strings.TrimSpace(scalar(v))})
		default:
			b.notice(src, "descriptions.%s is %s, not text", key, kindName(v))
		}
	})
}

func (b *builder) addDesc(key string, d descDef) {
	b.desc[key] = append(b.desc[key], d)
	b.descFold[foldPath(key)] = append(b.descFold[foldPath(key)], d)
	b.descFlat[fold(key)] = append(b.descFlat[fold(key)], d)
}

func (b *builder) collectReference(src int, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		b.notice(src, "reference is %s, not a mapping of languages", kindName(n))
		return
	}
	pairs(n, func(lang string, list *yaml.Node) {
		lang = strings.TrimSpace(lang)
		list = deref(list)
		if lang == "" || list == nil {
			b.notice(src, "reference has an empty language")
			return
		}
		if list.Kind != yaml.SequenceNode {
			b.notice(src, "reference.%s is %s, not a list", lang, kindName(list))
			return
		}
		for _, el := range list.Content {
			el = deref(el)
			if el == nil || el.Kind != yaml.MappingNode {
				b.notice(src, "reference.%s has an element that is %s, not a mapping", lang, kindName(el))
				continue
			}
			f := readFields(el)
			r := &rawEntry{src: src, lang: lang, node: el, key: f.key, id: f.id}
			if r.id == "" && f.title != "" {
				// A titled element without an id still is a method: give it its key.
				r.id = r.key
				b.notice(src, "reference.%s entry %q has no id", lang, r.key)
			}
			if r.key == "" && r.id == "" {
				b.notice(src, "reference.%s has an element with neither key nor id", lang)
				continue
			}
			if r.key == "" {
				r.key = r.id
			}
			idx := b.helpers
			if r.id != "" {
				idx = b.objects
				b.entries = append(b.entries, r)
			} else {
				b.helperList = append(b.helperList, r)
			}
			fk := fold(r.key)
			for _, k := range [...]rawKey{{lang, r.key}, {lang, fk}, {"*", fk}} {
				idx[k] = append(idx[k], r)
			}
		}
	})
}

// resolve turns raw entries into the Set.
func (b *builder) resolve() *Set {
	s := &Set{pages: map[string]*Page{}, byID: map[string][]*Entry{}}
	// Helpers are built once on their own so that their tokens count and
	// their problems are reported where they are defined.
	for _, h := range b.helperList {
		where := "reference." + h.lang + " " + h.key
		b.startEntry(h.src, where)
		b.buildItem(h.node, h.src, h.lang, where, nil, true, 0)
		b.endEntry()
	}
	freq := map[string]int{}
	for _, r := range b.entries {
		e := b.buildEntry(r)
		p := s.pages[e.Page]
		if p == nil {
			p = &Page{Path: e.Page, ByLang: map[string][]Entry{}}
			s.pages[e.Page] = p
			s.order = append(s.order, e.Page)
		}
		if !containsStr(p.ids, e.ID) {
			p.ids = append(p.ids, e.ID)
		}
		if !containsStr(p.Langs, e.Lang) {
			p.Langs = append(p.Langs, e.Lang)
		}
		p.ByLang[e.Lang] = append(p.ByLang[e.Lang], e)
		freq[e.Lang]++
		b.stats.Entries++
	}
	s.langs = rankLangs(freq)
	rank := map[string]int{}
	for i, l := range s.langs {
		rank[l] = i
	}
	for _, path := range s.order {
		p := s.pages[path]
		sort.SliceStable(p.Langs, func(i, j int) bool { return rank[p.Langs[i]] < rank[p.Langs[j]] })
		for _, l := range p.Langs {
			for i := range p.ByLang[l] {
				e := &p.ByLang[l][i]
				s.byID[e.ID] = append(s.byID[e.ID], e)
			}
		}
	}
	b.stats.Pages = len(s.pages)
	s.stats = b.stats
	return s
}

func (b *builder) buildEntry(r *rawEntry) Entry {
	f := readFields(r.node)
	e := Entry{
		Lang:  r.lang,
		Key:   r.key,
		ID:    r.id,
		Page:  b.srcs[r.src].Path,
		Title: f.title,
		URL:   f.url,
	}
	if v := strings.ToUpper(f.typ); isVerb(v) {
		e.Verb = v
	}
	where := "reference." + r.lang + " " + r.id
	b.startEntry(r.src, where)
	defer b.endEntry()
	e.Description = b.itemText(f.desc, r.src, r.lang, where, true)
	e.Parameters = b.buildItems(f.params, r.src, r.lang, where+" parameters", nil, true, 0)
	e.Returns = b.buildItems(f.returns, r.src, r.lang, where+" returns", nil, true, 0)
	e.Properties = b.buildItems(f.props, r.src, r.lang, where+" properties", nil, true, 0)
	return e
}

func isVerb(v string) bool {
	switch v {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		return true
	}
	return false
}

// rankLangs orders languages curl first, then by entry count, then by name.
func rankLangs(freq map[string]int) []string {
	out := make([]string, 0, len(freq))
	for l := range freq {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, c := out[i], out[j]
		if (a == "curl") != (c == "curl") {
			return a == "curl"
		}
		if freq[a] != freq[c] {
			return freq[a] > freq[c]
		}
		return a < c
	})
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
