package apiref

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"
)

// Two more invented endpoints: a POST with a required body (one nested
// object) and a GET with a required query parameter.
var sampleFixture = map[string]string{
	"reference/widget/create": `
reference:
  curl:
    - key: create_widget
      id: create_widget
      url: /reference/widget/create
      title: /widgets
      type: POST
      parameters:
        - key: name
          type: string
        - key: frame
          type: object
          properties:
            - key: width
              type: number
            - key: finish
              type: string
              optional: true
        - key: tags
          type: array
          optional: true
      returns:
        - key: widget_id
          type: string
  go:
    - key: CreateWidget
      id: create_widget
      url: /reference/widget/create
      title: widgets.CreateWidget()
      parameters:
        - key: ctx
          type: context.Context
        - key: name
          type: string
      returns:
        - key: widget
          type: widgets.Widget
        - key: err
          type: error
  ruby:
    - key: create_widget
      id: create_widget
      url: /reference/widget/create
      title: Widgets.create_widget()
      parameters:
        - key: name
          type: String
`,
	"reference/widget/search": `
reference:
  curl:
    - key: search_widgets
      id: search_widgets
      url: /reference/widget/search
      title: /widgets/search
      type: GET
      parameters:
        - key: q
          type: string
        - key: page
          type: number
          optional: true
`,
}

func sampleSet(t *testing.T) *Set {
	t.Helper()
	files := maps.Clone(fixture)
	maps.Copy(files, sampleFixture)
	s, _ := Build(sources(t, files))
	s.UseBaseURL("https://api.gizmo.test/")
	return s
}

func sampleOf(t *testing.T, ss []Sample, label string) Sample {
	t.Helper()
	for _, sm := range ss {
		if sm.Label == label {
			return sm
		}
	}
	t.Fatalf("no %s sample in %+v", label, ss)
	return Sample{}
}

func TestCurlRequests(t *testing.T) {
	s := sampleSet(t)
	for _, tc := range []struct{ id, want string }{
		// The path parameter becomes a placeholder; optional ones are left out.
		{"get_gizmo", "curl 'https://api.gizmo.test/gizmos/<id>' \\\n  -H 'Authorization: Bearer <api_key>'"},
		// A POST whose only parameter is in the path sends no body.
		{"spin_up_gizmo", "curl -X POST 'https://api.gizmo.test/gizmos/<id>/spin' \\\n  -H 'Authorization: Bearer <api_key>'"},
		// Required GET parameters go in the query string.
		{"search_widgets", "curl 'https://api.gizmo.test/widgets/search?q=<q>' \\\n  -H 'Authorization: Bearer <api_key>'"},
		// Required body parameters, nested objects with their required fields.
		{"create_widget", "curl -X POST 'https://api.gizmo.test/widgets' \\\n  -H 'Authorization: Bearer <api_key>' \\\n" +
			"  -H 'Content-Type: application/json' \\\n  -d '{\n    \"name\": \"<name>\",\n    \"frame\": {\n      \"width\": \"<width>\"\n    }\n  }'"},
	} {
		got := sampleOf(t, s.Samples("", tc.id, "curl"), "Request")
		if got.Code != tc.want || got.Lang != "sh" {
			t.Errorf("%s:\n%s\nwant\n%s", tc.id, got.Code, tc.want)
		}
	}
	// The body is JSON once the shell quotes are taken off.
	req := sampleOf(t, s.Samples("", "create_widget", ""), "Request").Code
	_, body, _ := strings.Cut(req, "-d '")
	var v map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSuffix(body, "'")), &v); err != nil || v["name"] != "<name>" {
		t.Errorf("body %q: %v", body, err)
	}
}

func TestRequestWithoutBaseURLSaysSo(t *testing.T) {
	s := sampleSet(t)
	s.UseBaseURL("")
	if got := sampleOf(t, s.Samples("", "get_gizmo", ""), "Request").Code; !strings.HasPrefix(got, "curl '<api_base_url>/gizmos/<id>'") {
		t.Errorf("without a base URL: %s", got)
	}
}

func TestSDKCalls(t *testing.T) {
	s := sampleSet(t)
	for _, tc := range []struct{ id, lang, want string }{
		{"get_gizmo", "js", `gizmos.getGizmo("<id>")`},
		// Go: the caller's ctx, the options struct with its required fields;
		// results are assigned only when they have variables' names.
		{"get_gizmo", "go", `gizmos.GetGizmo(ctx, gizmos.GetGizmoOpts{Gizmo: "<Gizmo>"})`},
		{"create_widget", "go", `widget, err := widgets.CreateWidget(ctx, "<name>")`},
		{"spin_up_gizmo", "python", `gizmos.spin_up_gizmo(gizmo_id="<gizmo_id>")`},
		{"create_widget", "ruby", `Widgets.create_widget(name: "<name>")`},
	} {
		got := sampleOf(t, s.Samples("", tc.id, tc.lang), "Call")
		if got.Code != tc.want || got.Lang != fenceLang(tc.lang) {
			t.Errorf("%s in %s: %q (%s), want %q", tc.id, tc.lang, got.Code, got.Lang, tc.want)
		}
	}
	// A language the entry lacks gets the HTTP request instead.
	sampleOf(t, s.Samples("", "spin_up_gizmo", "ruby"), "Request")
}

func TestResponseSkeletons(t *testing.T) {
	s := sampleSet(t)
	// (gizmo) names the gizmo object: its properties, nested ones too, typed.
	got := sampleOf(t, s.Samples("", "get_gizmo", ""), "Response")
	var v map[string]any
	if err := json.Unmarshal([]byte(got.Code), &v); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, got.Code)
	}
	if v["id"] != "<string>" || v["color"] != "<enum>" || v["parts"].(map[string]any)["count"] != "<number>" {
		t.Errorf("response skeleton:\n%s", got.Code)
	}
	// A scalar return keeps its name.
	if got := sampleOf(t, s.Samples("", "create_widget", ""), "Response").Code; got != "{\n  \"widget_id\": \"<string>\"\n}" {
		t.Errorf("scalar return: %s", got)
	}
	// An object entry shows its own shape; no request for it.
	obj := s.Samples("", "gizmo", "")
	if len(obj) != 1 || obj[0].Label != "Object" || !strings.Contains(obj[0].Code, `"spin": "<number>"`) {
		t.Errorf("object: %+v", obj)
	}
	if s.Samples("", "no_such_id", "") != nil {
		t.Error("samples for an unknown id")
	}
}

// Rendering puts the samples in every face, labelled, in fences that hold.
func TestRenderShowsLabelledSamples(t *testing.T) {
	s := sampleSet(t)
	for _, lang := range []string{"", "curl", "go", "php"} {
		md := s.Render("get_gizmo", lang)
		if strings.Count(md, "— "+SampleMark+"*") < 2 {
			t.Errorf("--lang %q: samples missing or unlabelled:\n%s", lang, md)
		}
		assertClean(t, md)
	}
	// A backtick run inside a sample cannot close its fence.
	if f := fence("sh", "echo ```"); !strings.HasPrefix(f, "````sh\n") || !strings.HasSuffix(f, "\n````\n") {
		t.Errorf("fence: %q", f)
	}
}

func TestBaseURLIn(t *testing.T) {
	s := sampleSet(t)
	texts := []string{
		"Call https://api.gizmo.test/gizmos/123 and https://api.gizmo.test/widgets?q=1.",
		"See https://dashboard.gizmo.test/gizmos once, https://blog.gizmo.test/news twice https://blog.gizmo.test/news.",
		"Templated https://${host}/gizmos and mangled https://api_gizmo_test are not bases.",
	}
	if got := s.BaseURLIn(texts); got != "https://api.gizmo.test" {
		t.Errorf("BaseURLIn = %q", got)
	}
	if got := s.BaseURLIn([]string{"no urls here"}); got != "" {
		t.Errorf("BaseURLIn without URLs = %q", got)
	}
	var none *Set
	if none.BaseURLIn(texts) != "" || none.Samples("", "x", "") != nil {
		t.Error("nil set")
	}
}

func FuzzRequestURLs(f *testing.F) {
	for _, s := range []string{"https://a.b/c", "x://", "https://", "http://h.i:80/p?q#f", "https://${x}/y", "://a.b/c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, u := range requestURLs(text) {
			base, path, ok := strings.Cut(u, "\x00")
			if !ok || !strings.HasPrefix(path, "/") || !strings.Contains(base, "://") {
				t.Fatalf("bad URL %q from %q", u, text)
			}
		}
		p, names := pathPlaceholders(text)
		if !strings.HasPrefix(p, "/") {
			t.Fatalf("path %q", p)
		}
		for n := range names {
			if !strings.Contains(p, "<"+n+">") {
				t.Fatalf("%q lost placeholder %q", p, n)
			}
		}
	})
}

// An array without properties is still an array in the skeleton, of what
// its description links to.
func TestSkeletonArrayOfLinkedObjects(t *testing.T) {
	s := &Set{}
	got := jsonOf(s.shape(Item{Name: "data", Type: "array", Description: "Array of [Gizmos](/reference/gizmo) by age."}, "curl", 0, nil), "")
	if want := "[\n  \"<Gizmos>\"\n]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	got = jsonOf(s.shape(Item{Name: "tags", Type: "array"}, "curl", 0, nil), "")
	if want := "[\n  \"<item>\"\n]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An array whose description links to an object's reference page is shown
// with one item shaped like that object (its fields), not a bare name.
func TestSkeletonArrayExpandsTheLinkedObject(t *testing.T) {
	s := &Set{pages: map[string]*Page{
		"reference/gizmo": {Path: "reference/gizmo", ByLang: map[string][]Entry{
			"curl": {{Lang: "curl", ID: "gizmo", Page: "reference/gizmo", Properties: []Item{{Name: "id", Type: "string"}, {Name: "size", Type: "number"}}}},
		}},
	}}
	for _, desc := range []string{"Array of [Gizmos](/reference/gizmo) by age.", "Array of [Gizmos](https://workos.com/docs/reference/gizmo#fields)."} {
		got := jsonOf(s.shape(Item{Name: "data", Type: "array", Description: desc}, "python", 0, nil), "")
		if want := "[\n  {\n    \"id\": \"<string>\",\n    \"size\": \"<number>\"\n  }\n]"; got != want {
			t.Errorf("%q: got %q, want %q", desc, got, want)
		}
	}
	// An object that lists itself stops after one level, as other references do.
	s.pages["reference/gizmo"].ByLang["curl"][0].Properties = append(s.pages["reference/gizmo"].ByLang["curl"][0].Properties,
		Item{Name: "parts", Type: "array", Description: "Array of [Gizmos](/reference/gizmo)."})
	got := jsonOf(s.shape(Item{Name: "data", Type: "array", Description: "[Gizmos](/reference/gizmo)"}, "curl", 0, nil), "")
	if !strings.Contains(got, `"parts": [`) || strings.Count(got, `"parts"`) != 1 {
		t.Errorf("self-reference: %s", got)
	}
}
