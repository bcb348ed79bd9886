package apiref

import (
	"encoding/json"
	"regexp"
	"strings"
)

// The corpus does not ship the request and response samples the web page
// shows beside each reference entry, so they are generated here from the
// entry's own data: never an invented value, only placeholders named after
// what they stand for ("<id>", "<api_key>") and types ("<string>").

// SampleMark labels every generated sample, so no reader takes it for the
// docs' own text.
const SampleMark = "generated from the API reference"

// Sample is one generated code sample of a reference entry.
type Sample struct {
	Label string // "Request", "Call", "Response", "Object"
	Lang  string // fence language: "sh", "json", "go"…
	Code  string // without a final newline
}

// Samples lists the samples of the entry id on page ("" lets the set choose
// the page) in lang ("" for the HTTP request): the request (a curl command,
// or the SDK call in lang) and the response skeleton, or the skeleton of an
// object. nil when the entry gives nothing to build from.
func (s *Set) Samples(page, id, lang string) []Sample {
	if s == nil {
		return nil
	}
	group := s.group(id, page)
	if len(group) == 0 && page != "" {
		group = s.group(id, "")
	}
	return s.samples(group, CanonicalLang(lang))
}

// UseBaseURL sets the API base URL curl requests are written against, as the
// docs' own request URLs write it (scheme and host, no final slash). Set by
// the loader before any rendering; until then requests use a placeholder.
func (s *Set) UseBaseURL(u string) {
	if s != nil {
		s.baseURL = strings.TrimRight(u, "/")
	}
}

func (s *Set) samples(group []*Entry, lang string) []Sample {
	if len(group) == 0 {
		return nil
	}
	var http, chosen *Entry
	for _, e := range group {
		if e.Lang == "curl" && http == nil {
			http = e
		}
		if e.Lang == lang && chosen == nil {
			chosen = e
		}
	}
	var out []Sample
	switch {
	case chosen != nil && lang != "curl" && strings.HasSuffix(chosen.Title, "()"):
		out = append(out, Sample{Label: "Call", Lang: fenceLang(lang), Code: sdkCall(chosen)})
	case http != nil && http.Verb != "":
		out = append(out, Sample{Label: "Request", Lang: "sh", Code: s.curl(http)})
	}
	// The response is the API's: the HTTP entry's returns when there is one.
	shape := http
	if shape == nil {
		shape = chosen
	}
	if shape == nil {
		shape = group[0]
	}
	switch {
	case shape.Verb != "" || strings.HasSuffix(shape.Title, "()"):
		if v, ok := s.skeletonOf(shape.Returns, shape.Lang); ok {
			out = append(out, Sample{Label: "Response", Lang: "json", Code: v})
		}
	case len(shape.Properties) > 0:
		if v, ok := s.skeletonOf([]Item{{Name: "anonymous", Type: "object", Properties: shape.Properties}}, shape.Lang); ok {
			out = append(out, Sample{Label: "Object", Lang: "json", Code: v})
		}
	}
	return out
}

// writeSamples writes samples as labelled fences.
func writeSamples(b *strings.Builder, samples []Sample) {
	for _, sm := range samples {
		b.WriteString("*" + sm.Label + " — " + SampleMark + "*\n\n")
		b.WriteString(fence(sm.Lang, sm.Code))
		b.WriteString("\n")
	}
}

// fence wraps code in a fence longer than any backtick run inside it.
func fence(lang, code string) string {
	f := "```"
	for strings.Contains(code, f) {
		f += "`"
	}
	return f + lang + "\n" + code + "\n" + f + "\n"
}

// curl writes the HTTP request: method, base URL and path with its
// placeholders, required parameters as query (GET, HEAD, DELETE) or JSON
// body, and the bearer header.
func (s *Set) curl(e *Entry) string {
	base := s.baseURL
	if base == "" {
		base = "<api_base_url>"
	}
	path, inPath := pathPlaceholders(e.Title)
	var rest []Item
	for _, p := range e.Parameters {
		if !p.Optional && p.Name != "" && !inPath[p.Name] {
			rest = append(rest, p)
		}
	}
	verb := strings.ToUpper(strings.TrimSpace(e.Verb))
	query := verb == "GET" || verb == "HEAD" || verb == "DELETE"
	url := base + path
	if query && len(rest) > 0 {
		var qs []string
		for _, p := range rest {
			qs = append(qs, p.Name+"="+placeholder(p.Name))
		}
		url += "?" + strings.Join(qs, "&")
	}
	var b strings.Builder
	b.WriteString("curl ")
	if verb != "GET" {
		b.WriteString("-X " + shellWord(verb) + " ")
	}
	b.WriteString(shellQuote(url) + " \\\n  -H " + shellQuote("Authorization: Bearer <api_key>"))
	if !query && len(rest) > 0 {
		body := jsonOf(requestValue(rest, 0), "  ")
		b.WriteString(" \\\n  -H " + shellQuote("Content-Type: application/json") + " \\\n  -d " + shellQuote(body))
	}
	return b.String()
}

// pathPlaceholders turns ":id" and "{id}" segments into "<id>" and reports
// the parameter names the path holds.
func pathPlaceholders(path string) (string, map[string]bool) {
	names := map[string]bool{}
	segs := strings.Split(strings.TrimSpace(path), "/")
	for i, seg := range segs {
		name := ""
		switch {
		case strings.HasPrefix(seg, ":") && len(seg) > 1:
			name = seg[1:]
		case strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") && len(seg) > 2:
			name = seg[1 : len(seg)-1]
		}
		if name != "" {
			names[name] = true
			segs[i] = placeholder(name)
		}
	}
	p := strings.Join(segs, "/")
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p, names
}

func placeholder(name string) string { return "<" + name + ">" }

// shellQuote single-quotes s for a POSIX shell.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// shellWord keeps a verb as a bare word only when it is plainly one.
func shellWord(s string) string {
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return shellQuote(s)
		}
	}
	return s
}

// node is an ordered JSON value: a string leaf, an object or a one-element array.
type node struct {
	leaf   string
	keys   []string
	vals   []*node
	array  bool
	object bool
}

// requestValue is the JSON body of required parameters: placeholders named
// after each parameter, objects holding their own required properties.
func requestValue(items []Item, depth int) *node {
	n := &node{object: true}
	for _, it := range items {
		if it.Optional || it.Name == "" {
			continue
		}
		var v *node
		switch {
		case len(it.Properties) > 0 && depth < maxSampleDepth:
			v = requestValue(it.Properties, depth+1)
			if isArrayType(it.Type) {
				v = &node{array: true, vals: []*node{v}}
			}
		default:
			v = &node{leaf: placeholder(it.Name)}
		}
		n.keys = append(n.keys, it.Name)
		n.vals = append(n.vals, v)
	}
	return n
}

// maxSampleDepth bounds nesting and the expansion of object references.
const maxSampleDepth = 4

// skeletonOf is the JSON shape of returns: each property with its type as a
// placeholder, objects the entry names ("(DirectoryUser)") expanded from
// their own entry in the same language. A single object return is the
// response itself rather than a key of it.
func (s *Set) skeletonOf(items []Item, lang string) (string, bool) {
	var kept []Item
	for _, it := range items {
		if it.Type == "error" || it.Name == "err" { // Go's second return value
			continue
		}
		kept = append(kept, it)
	}
	if len(kept) == 0 {
		return "", false
	}
	var v *node
	if len(kept) == 1 {
		v = s.shape(kept[0], lang, 0, nil)
		if v.leaf != "" && v.keys == nil && !v.array { // a bare scalar: name it
			v = &node{object: true, keys: []string{kept[0].Name}, vals: []*node{v}}
		}
	} else {
		v = &node{object: true}
		for _, it := range kept {
			v.keys = append(v.keys, it.Name)
			v.vals = append(v.vals, s.shape(it, lang, 0, nil))
		}
	}
	return jsonOf(v, ""), true
}

func (s *Set) shape(it Item, lang string, depth int, seen []string) *node {
	props := it.Properties
	if len(props) == 0 && it.Ref != "" && depth < maxSampleDepth && !contains(seen, it.Ref) {
		if ref := s.entryIn(it.Ref, lang); ref != nil {
			props = ref.Properties
			seen = append(seen, it.Ref)
		}
	}
	if len(props) == 0 || depth >= maxSampleDepth {
		t := typeText.Replace(strings.TrimSpace(it.Type))
		if t == "" {
			t = it.Name
		}
		if t == "array" { // an array of what its description links to
			if obj := s.linkedObject(it.Description, lang); obj != nil && depth+1 < maxSampleDepth && !contains(seen, obj.ID) {
				// "Array of [users](…/reference/authkit/user)": one item, shaped like the object
				return &node{array: true, vals: []*node{s.shape(Item{Properties: obj.Properties}, lang, depth+1, append(seen, obj.ID))}}
			}
			elem := "item" // [ "<Directory Users>" ] when the link names no object entry
			if m := linkText.FindStringSubmatch(it.Description); m != nil {
				elem = m[1]
			}
			return &node{array: true, vals: []*node{{leaf: placeholder(elem)}}}
		}
		return &node{leaf: placeholder(t)}
	}
	n := &node{object: true}
	for _, p := range props {
		if p.Name == "" || p.Name == "anonymous" {
			continue
		}
		n.keys = append(n.keys, p.Name)
		n.vals = append(n.vals, s.shape(p, lang, depth+1, seen))
	}
	if isArrayType(it.Type) {
		return &node{array: true, vals: []*node{n}}
	}
	return n
}

// linkText is the text of the first Markdown link in a description.
var linkText = regexp.MustCompile(`\[([^\]\n]+)\]\(`)

// linkTarget is the target of the first Markdown link in a description.
var linkTarget = regexp.MustCompile(`\[[^\]\n]+\]\(([^)\s]+)\)`)

// linkedObject is the object entry (one with properties) of the reference
// page the description's first link names, in lang or curl, or nil.
func (s *Set) linkedObject(desc, lang string) *Entry {
	m := linkTarget.FindStringSubmatch(desc)
	if m == nil {
		return nil
	}
	path := m[1]
	if i := strings.Index(path, "/docs/"); i >= 0 {
		path = path[i+len("/docs/"):]
	}
	path = strings.Trim(strings.SplitN(path, "#", 2)[0], "/")
	pg := s.pages[path]
	if pg == nil {
		return nil
	}
	for _, l := range []string{lang, "curl"} {
		for i := range pg.ByLang[l] {
			if e := &pg.ByLang[l][i]; len(e.Properties) > 0 {
				return e
			}
		}
	}
	return nil
}

// typeText shows a type inside a placeholder: enum quotes dropped, one line.
var typeText = strings.NewReplacer(`"`, "", "\n", " ")

// entryIn is the entry with this id in lang, else in curl, else any.
func (s *Set) entryIn(id, lang string) *Entry {
	all := s.byID[id]
	for _, want := range []string{lang, "curl"} {
		for _, e := range all {
			if e.Lang == want {
				return e
			}
		}
	}
	if len(all) > 0 {
		return all[0]
	}
	return nil
}

func isArrayType(t string) bool {
	t = strings.TrimSpace(t)
	return t == "array" || strings.HasSuffix(t, "[]") || strings.HasPrefix(t, "[]") || strings.HasPrefix(strings.ToLower(t), "list[") || strings.HasPrefix(t, "Sequence[")
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// jsonOf writes v as indented JSON; ind is prepended to every line but the first.
func jsonOf(v *node, ind string) string {
	var b strings.Builder
	writeJSON(&b, v, ind)
	return b.String()
}

func writeJSON(b *strings.Builder, v *node, ind string) {
	switch {
	case v.array:
		b.WriteString("[\n" + ind + "  ")
		writeJSON(b, v.vals[0], ind+"  ")
		b.WriteString("\n" + ind + "]")
	case v.object:
		if len(v.keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, k := range v.keys {
			b.WriteString(ind + "  " + jsonString(k) + ": ")
			writeJSON(b, v.vals[i], ind+"  ")
			if i < len(v.keys)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(ind + "}")
	default:
		b.WriteString(jsonString(v.leaf))
	}
}

// jsonString quotes s as JSON, leaving the placeholders' < and > readable.
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
