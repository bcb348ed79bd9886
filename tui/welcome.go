package tui

import (
	"fmt"
	"reflect"
	"strings"
	"text/template"

	"charm.land/bubbles/v2/key"
	"github.com/workos-docs-tui/workos-docs-tui/assets"
)

// welcomeData fills the welcome page template (assets/welcome.md).
type welcomeData struct {
	Version string
	Pages   int
	Lang    string
}

// welcomeMarkdown fills the welcome template. Keys are named through the key
// map ({{key "Global.Search"}}), so the page never contradicts the bindings.
func welcomeMarkdown(km KeyMap, data welcomeData) (string, error) {
	t, err := template.New("welcome").Funcs(template.FuncMap{
		"key":  func(name string) (string, error) { return bindingText(km, name, false) },
		"keys": func(name string) (string, error) { return bindingText(km, name, true) },
	}).Option("missingkey=error").Parse(assets.Welcome)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

// bindingText is a binding's help key as Markdown code ("`/`"), or with all
// set every key it answers to ("`/` or `ctrl+k`").
func bindingText(km KeyMap, name string, all bool) (string, error) {
	b, err := bindingNamed(km, name)
	if err != nil {
		return "", err
	}
	ks := []string{b.Help().Key}
	if all {
		ks = b.Keys()
	}
	out := make([]string, len(ks)) // Keys() is the binding's own slice: never write to it
	for i, k := range ks {
		out[i] = "`" + k + "`"
	}
	return strings.Join(out, " or "), nil
}

// bindingNamed finds a binding by its field path in KeyMap ("Page.Top").
func bindingNamed(km KeyMap, name string) (key.Binding, error) {
	group, field, ok := strings.Cut(name, ".")
	v := reflect.ValueOf(km)
	if ok {
		if g := v.FieldByName(group); g.IsValid() && g.Kind() == reflect.Struct {
			if f := g.FieldByName(field); f.IsValid() {
				if b, ok := f.Interface().(key.Binding); ok {
					return b, nil
				}
			}
		}
	}
	return key.Binding{}, fmt.Errorf("no key binding %q", name)
}
