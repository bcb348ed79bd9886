package mdx

import (
	"strings"
	"testing"
)

// tcase is one fixture: every want must appear in the Markdown, no deny may.
type tcase struct {
	name string
	in   string
	want []string
	deny []string
}

func runCases(t *testing.T, env Env, cases []tcase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ToMarkdown(c.in, env)
			for _, w := range c.want {
				if !strings.Contains(r.Markdown, w) {
					t.Errorf("missing %q in:\n%s", w, r.Markdown)
				}
			}
			for _, d := range c.deny {
				if strings.Contains(r.Markdown, d) {
					t.Errorf("unexpected %q in:\n%s", d, r.Markdown)
				}
			}
			if raw := rawTags(r.Markdown); len(raw) > 0 {
				t.Errorf("raw tags left: %q in:\n%s", raw, r.Markdown)
			}
			checkHeadings(t, c.name, r)
		})
	}
}

var sigEnv = testEnv{sigs: map[string]string{"make_gadget": "```ts\nmakeGadget(opts: GadgetOptions): Gadget\n```"}}

func TestCodeBlock(t *testing.T) {
	runCases(t, sigEnv, []tcase{
		{
			name: "self-closing with title",
			in:   "Intro.\n\n<CodeBlock title=\"Polish a gadget\" file=\"polish-gadget\" />\n\nAfter.\n",
			want: []string{"Intro.\n\n*Code sample: Polish a gadget* (see the web page)\n\nAfter."},
		},
		{
			name: "attributes over lines and tabs",
			in: "<CodeBlock\n  title=\"Install the toolkit\"\n  file=\"install\"\n>\n" +
				"  <CodeBlockTab language=\"js\" file=\"install-npm\" title=\"npm\" />\n" +
				"  <CodeBlockTab\n    language=\"go\"\n    file=\"install-go\"\n  />\n</CodeBlock>\n",
			want: []string{"*Code sample: Install the toolkit — npm · go* (see the web page)"},
			deny: []string{"install-npm", "CodeBlockTab"},
		},
		{
			name: "file name when nothing else",
			in:   "<CodeBlock file=\"spin-widget\" />\n",
			want: []string{"*Code sample: spin-widget* (see the web page)"},
		},
		{
			name: "reference signature",
			in:   "<CodeBlock referenceId=\"make_gadget\">\n  <CodeBlockTab title=\"Request\" file=\"a\" />\n  <CodeBlockTab title=\"Response\" file=\"b\" />\n</CodeBlock>\n",
			want: []string{"```ts\nmakeGadget(opts: GadgetOptions): Gadget\n```"},
			deny: []string{"see the web page"},
		},
		{
			name: "unknown reference shows only the caption",
			in:   "<CodeBlock referenceId=\"nope\" title=\"Sample\" />\n",
			want: []string{"*Code sample: Sample* (see the web page)"},
			deny: []string{"```"},
		},
		{
			name: "inline fence inside is kept",
			in:   "<CodeBlock title=\"Config\">\n  ```yaml title=\"gadget.yaml\"\n  size: 3\n    nested: true\n  ```\n</CodeBlock>\n",
			want: []string{"*Code sample: Config* (see the web page)", "*gadget.yaml*\n```yaml\nsize: 3\n  nested: true\n```"},
		},
		{
			name: "caption text is escaped",
			in:   "<CodeBlock title=\"a_b *c* <D>\" />\n",
			want: []string{`*Code sample: a\_b \*c\* \<D>* (see the web page)`},
		},
	})
}

func TestEvents(t *testing.T) {
	in := "## Gadget events {{ \"url\": \"gadget\" }}\n\n" +
		"<Event.Root mt=\"5\">\n" +
		"  <Event.Details name=\"gadget.polished\" comingSoon>\n" +
		"    <CodeBlock\n      title=\"Gadget polished event\"\n      file=\"event-gadget-polished\"\n    />\n" +
		"    <Event.Description>\n      Payload `data` is a [Gadget](/ref/gadget)\n      object.\n    </Event.Description>\n" +
		"  </Event.Details>\n" +
		"  <Event.Description>Sent when a gadget shines.</Event.Description>\n" +
		"</Event.Root>\n\n" +
		"### Deeper\n\n<Event.Root>\n  <Event.Details name=\"gadget.lost\">\n  </Event.Details>\n  <Event.Description>\n    Sent when a gadget\n    goes missing.\n  </Event.Description>\n</Event.Root>\n"
	r := ToMarkdown(in, testEnv{})
	want := "### `gadget.polished`\n\n*Coming soon*\n\nSent when a gadget shines.\n\n" +
		"*Code sample: Gadget polished event* (see the web page)\n\n" +
		"Payload `data` is a [Gadget](https://docs.example.test/ref/gadget)\nobject.\n\n### Deeper\n\n" +
		"#### `gadget.lost`\n\nSent when a gadget\ngoes missing.\n"
	if !strings.HasSuffix(r.Markdown, want) {
		t.Fatalf("got:\n%s\nwant suffix:\n%s", r.Markdown, want)
	}
	var got []string
	for _, h := range r.Headings {
		got = append(got, strings.Repeat("#", h.Level)+" "+h.Text+" #"+h.Anchor)
	}
	wantH := []string{"## Gadget events #gadget", "### gadget.polished #gadgetpolished", "### Deeper #deeper", "#### gadget.lost #gadgetlost"}
	if strings.Join(got, "|") != strings.Join(wantH, "|") {
		t.Errorf("headings %q, want %q", got, wantH)
	}
	checkHeadings(t, "events", r)
	if len(r.Links) != 1 || r.Links[0].Dest != "https://docs.example.test/ref/gadget" || r.Links[0].Text != "Gadget" {
		t.Errorf("links %+v", r.Links)
	}
}

func TestCalloutAndWrappers(t *testing.T) {
	runCases(t, testEnv{}, []tcase{
		{
			name: "info callout",
			in:   "<Callout type=\"info\">\n  Gadgets need\n  charging.\n</Callout>\n",
			want: []string{"> **Note**\n>\n> Gadgets need\n> charging.\n"},
		},
		{
			name: "warning callout with html and jsx spaces",
			in: "<Callout type=\"warning\">\n  <strong>Careful:</strong> the{' '}\n  <code>spin()</code> call is loud.\n\n" +
				"  - one\n  - two\n</Callout>\n",
			want: []string{"> **Warning**\n>\n> **Careful:** the\n> `spin()` call is loud.\n>\n> - one\n> - two\n"},
			deny: []string{"{' '}", "<strong>"},
		},
		{
			name: "callout inside a list item keeps the item indentation",
			in:   "- First step\n\n  <Callout type=\"warning\">\n    Hot surface.\n  </Callout>\n\n- Second step\n",
			want: []string{"- First step\n\n  > **Warning**\n  >\n  > Hot surface.\n\n- Second step\n"},
		},
		{
			name: "language selector wrapper dropped, content dedented",
			in:   "<LanguageSelector languages={['js', 'go']}>\n  Pick one below.\n\n  1. Step one\n     more\n  2. Step two\n</LanguageSelector>\n",
			want: []string{"Pick one below.\n\n1. Step one\n   more\n2. Step two\n"},
			deny: []string{"languages"},
		},
		{
			name: "html wrappers and style blocks",
			in:   "<style>{`\n  .x { color: red }\n`}</style>\n\n<div class=\"tight\">\n\n- **Item:** value\n\n</div>\n",
			want: []string{"- **Item:** value\n"},
			deny: []string{"color", "div", "style"},
		},
	})
}

func TestExampleAppsGlossaryPropsBadge(t *testing.T) {
	env := testEnv{}
	r := ToMarkdown("<ExampleApps.Root>\n  <ExampleApps.Card href=\"https://code.example.test/a\" title=\"Alpha app\" />\n"+
		"  <ExampleApps.Card\n    href=\"/samples/beta\"\n    title=\"Beta app\"\n    description=\"Shows beta.\"\n  />\n</ExampleApps.Root>\n", env)
	want := "- [Alpha app](https://code.example.test/a)\n- [Beta app](https://docs.example.test/samples/beta) — Shows beta.\n"
	if r.Markdown != want {
		t.Errorf("example apps:\n%q\nwant\n%q", r.Markdown, want)
	}
	if len(r.Links) != 2 || r.Links[1].Dest != "https://docs.example.test/samples/beta" || r.Links[1].Text != "Beta app" {
		t.Errorf("links %+v", r.Links)
	}
	runCases(t, env, []tcase{
		{name: "glossary marker", in: "<GlossaryMarker>Q</GlossaryMarker>\n\n## Quota\n", want: []string{"**Q**\n\n## Quota"}},
		{name: "props table", in: "<PropsTable data={gadgets.spinner.props} />\n", want: []string{"*Props table `gadgets.spinner.props`: the data is not bundled — see the web page*"}},
		{name: "badge inline", in: "A run is <Badge color=\"red\" size=\"2\">Stalled</Badge> when idle.\n", want: []string{"A run is [Stalled] when idle."}},
		{name: "badge with spinner", in: "Now <Badge><Spinner size=\"1\" /> Busy</Badge> here.\n", want: []string{"Now [Busy] here."}},
	})
}

func TestWidgets(t *testing.T) {
	r := ToMarkdown("Try it:\n\n<GadgetDemoSpinFast />\n\n<GadgetDiagram.Overview />\n\n<ToolTable.Rows />\n", testEnv{})
	for _, w := range []string{
		"*Interactive widget: Gadget Demo Spin Fast — open the web page to use it*",
		"*Diagram: Gadget Diagram Overview — see the web page*",
		"*Table: Tool Table Rows — see the web page*",
	} {
		if !strings.Contains(r.Markdown, w) {
			t.Errorf("missing %q in %s", w, r.Markdown)
		}
	}
	// The placeholder stands where the widget stood, once: no page notice repeats it.
	if len(r.Notices) != 0 {
		t.Errorf("notices %q", r.Notices)
	}
	if i, j := strings.Index(r.Markdown, "Try it:"), strings.Index(r.Markdown, "Gadget Demo"); i < 0 || j < i {
		t.Errorf("placeholder not in place:\n%s", r.Markdown)
	}
	runCases(t, testEnv{}, []tcase{
		{
			name: "wrapper widget keeps its content",
			in:   "<GadgetFrame mode=\"x\">\n  Inside text.\n</GadgetFrame>\n",
			want: []string{"*Interactive widget: Gadget Frame — open the web page to use it*\n\nInside text.\n"},
		},
		{
			name: "widget with expression attributes over lines",
			in:   "<GadgetGrid\n  items={[{ a: \"x > y\" }, { b: '}' }]}\n  label=\"a > b\"\n/>\n\nAfter.\n",
			want: []string{"*Table: Gadget Grid — see the web page*\n\nAfter.\n"},
			deny: []string{"items", "x > y"},
		},
		{
			name: "acronyms split sensibly",
			in:   "<HTTPProbeWidget />\n",
			want: []string{"Interactive widget: HTTP Probe Widget"},
		},
	})
}

func TestGenericsSurvive(t *testing.T) {
	runCases(t, testEnv{}, []tcase{
		{
			name: "generic type in prose",
			in:   "Returns Task<Page<Gadget>> or Map<string, int>.\n",
			want: []string{`Returns Task\<Page\<Gadget>> or Map\<string, int>.`},
		},
		{
			name: "bare type name without closing tag",
			in:   "The call yields a <Gadget> record and a <GadgetList>.\n",
			want: []string{`a \<Gadget> record and a \<GadgetList>.`},
		},
		{
			name: "tags in inline code untouched",
			in:   "Render `<GadgetView />` or ``<List<Item>>`` inline.\n",
			want: []string{"Render `<GadgetView />` or ``<List<Item>>`` inline."},
		},
		{
			name: "tags in fences untouched",
			in:   "```tsx\n<GadgetView size={3}>\n  <Inner />\n</GadgetView>\n```\n",
			want: []string{"```tsx\n<GadgetView size={3}>\n  <Inner />\n</GadgetView>\n```\n"},
		},
		{
			name: "placeholders and autolinks",
			in:   "Send to <https://hooks.example.test/x> with a <your token> value.\n",
			want: []string{"<https://hooks.example.test/x>", `a \<your token> value`},
		},
	})
}

func TestMisc(t *testing.T) {
	runCases(t, testEnv{}, []tcase{
		{
			name: "esm and comments dropped",
			in:   "import { Thing } from '../thing'\nexport const meta = {\n  a: 1,\n}\n\nText {/* hidden\nnote */} stays. <!-- gone -->\n",
			want: []string{"Text  stays."},
			deny: []string{"import", "export", "hidden", "gone"},
		},
		{
			name: "line break",
			in:   "First<br />second\n",
			want: []string{"First  \nsecond\n"},
		},
		{
			name: "line break in a table",
			in:   "| a | b<br/>c |\n",
			want: []string{"| a | b c |"},
		},
		{
			name: "images kept, display hints dropped",
			in:   "![A spinning gadget](https://img.example.test/g.png?w=1)[border=false]\n",
			want: []string{"image: [A spinning gadget](https://img.example.test/g.png?w=1)\n"},
			deny: []string{"border"},
		},
		{
			name: "links rewritten, also when wrapped",
			in:   "<Callout>\n  See [the gadget\n  guide](/guides/gadget#spin \"Spin\") and [home](https://x.example.test).\n</Callout>\n",
			want: []string{`[the gadget guide](https://docs.example.test/guides/gadget#spin "Spin")`, "[home](https://x.example.test)"},
		},
		{
			name: "stack switches, tabs and accordions",
			in:   "- $ engine=\"steam, diesel\"\n\n  Steam text.\n\n- | First tab\n\n  Tab text.\n\n- ### Details\n  - a\n",
			want: []string{"**▸ Engine: steam, diesel**\n\nSteam text.\n\n**▸ First tab**\n\nTab text.\n\n**▸ Details**\n\n- a\n"},
		},
		{
			name: "reference definitions rewritten",
			in:   "See [the guide][g].\n\n[g]: /guides/one \"One\"\n",
			want: []string{"[g]: https://docs.example.test/guides/one \"One\""},
		},
		{
			name: "html anchor and image",
			in:   "Go <a href=\"/start\">to start</a> now. <img src=\"/i.png\" alt=\"Icon\" />\n",
			want: []string{"Go [to start](https://docs.example.test/start) now. image: [Icon](/i.png)"},
		},
	})
}

func TestRobustness(t *testing.T) {
	cases := []struct {
		name, in, notice string
	}{
		{"unclosed component", "<Callout type=\"info\">\n  Never closed.\n", "unclosed <Callout>"},
		{"stray closing tag", "Text.\n</Callout>\n", "stray closing tag </Callout>"},
		{"malformed known tag", "<CodeBlock title=\"x\"\n\nmore\n", "malformed tag <CodeBlock"},
		{"unclosed fence", "```js\nlet x\n", "unclosed code fence"},
		{"invalid utf-8", "ok \xff\xfe bad\n", "not valid UTF-8"},
		{"never closed widget with attributes", "<GadgetPanel a=\"1\">\ntext\n", "is never closed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ToMarkdown(c.in, testEnv{})
			found := false
			for _, n := range r.Notices {
				found = found || strings.Contains(n, c.notice)
			}
			if !found {
				t.Errorf("notices %q lack %q; markdown:\n%s", r.Notices, c.notice, r.Markdown)
			}
			if strings.Contains(r.Markdown, "\x00") {
				t.Error("marker leaked")
			}
		})
	}
	// Deep nesting degrades to flat content instead of re-quoting it per level.
	deep := strings.Repeat("<Callout>\n", 40) + "Core.\n" + strings.Repeat("</Callout>\n", 40)
	r := ToMarkdown(deep, testEnv{})
	if !strings.Contains(r.Markdown, "Core.") || len(r.Notices) == 0 || !strings.Contains(r.Notices[0], "too deep") {
		t.Errorf("deep nesting: notices %q", r.Notices)
	}
	if got := strings.Count(r.Markdown, "**Note**"); got != maxDepth {
		t.Errorf("deep nesting rendered %d callouts, want %d", got, maxDepth)
	}
	// The unclosed Callout's content is still shown.
	if r := ToMarkdown("<Callout>\n  Still here.\n", testEnv{}); !strings.Contains(r.Markdown, "> Still here.") {
		t.Errorf("unclosed content lost: %q", r.Markdown)
	}
}

func TestHumanizeKeepsTheProductName(t *testing.T) {
	for in, want := range map[string]string{
		"WorkOSCliCallout":     "WorkOS Cli Callout",
		"DirectorySyncDiagram": "Directory Sync Diagram",
		"SSOFlow":              "SSO Flow",
	} {
		if got := humanize(in); got != want {
			t.Errorf("humanize(%q) = %q, want %q", in, got, want)
		}
	}
}
