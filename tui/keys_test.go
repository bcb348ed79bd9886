package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"charm.land/bubbles/v2/key"
)

// TestKeyMapHasNoConflicts checks that within each context (global keys plus one
// pane, or the list keys) no key string triggers two bindings, and that every
// binding has keys and help.
func TestKeyMapHasNoConflicts(t *testing.T) {
	km := DefaultKeyMap()
	with := func(bs ...[]key.Binding) []key.Binding {
		return append([]key.Binding{km.Interrupt}, slices.Concat(bs...)...)
	}
	contexts := map[string][]key.Binding{
		"tree": with(km.Global.bindings(), km.Tree.bindings()),
		"page": with(km.Global.bindings(), km.Page.bindings()),
		"list": with(km.List.bindings()),
		"help": with(km.Help.bindings()),
	}
	for name, bs := range contexts {
		seen := map[string]string{}
		for _, b := range bs {
			if len(b.Keys()) == 0 || b.Help().Desc == "" {
				t.Errorf("%s: binding %v has no keys or help", name, b.Help())
			}
			for _, k := range b.Keys() {
				if prev, dup := seen[k]; dup {
					t.Errorf("%s: key %q bound to %q and %q", name, k, prev, b.Help().Desc)
				}
				seen[k] = b.Help().Desc
			}
		}
	}
}

// TestListKeysLeaveLettersForTyping: the palette and pickers take text, so
// their bindings must not use printable keys.
func TestListKeysLeaveLettersForTyping(t *testing.T) {
	for _, b := range DefaultKeyMap().List.bindings() {
		for _, k := range b.Keys() {
			if len([]rune(k)) == 1 {
				t.Errorf("list binding %q uses printable key %q", b.Help().Desc, k)
			}
		}
	}
}

// TestHelpListsEveryBinding: the full help is generated from the key map, so
// each pane's help must mention every binding that works there.
func TestHelpListsEveryBinding(t *testing.T) {
	km := DefaultKeyMap()
	check := func(name string, h helpMap, want []key.Binding) {
		got := map[string]bool{}
		for _, g := range h.FullHelp() {
			for _, b := range g {
				got[b.Help().Desc+"|"+b.Help().Key] = true
			}
		}
		for _, b := range want {
			if !got[b.Help().Desc+"|"+b.Help().Key] && b.Help().Key != "shift+tab" {
				t.Errorf("%s help lacks %q", name, b.Help().Desc)
			}
		}
	}
	check("tree", km.treeHelp(), append(km.Global.bindings(), append(km.Tree.bindings(), km.Interrupt)...))
	check("page", km.pageHelp(), append(km.Global.bindings(), append(km.Page.bindings(), km.Interrupt)...))
}

// TestWelcomeNamesKeysFromKeyMap: the welcome page is filled from the key
// map, so a rebound key shows up there and a template naming a missing
// binding fails.
func TestWelcomeNamesKeysFromKeyMap(t *testing.T) {
	km := DefaultKeyMap()
	km.Global.TOC = bind([]string{"z"}, "z", "contents")
	md, err := welcomeMarkdown(km, welcomeData{Version: "v1", Pages: 7, Lang: "go"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"`z` to a heading", "`/` or `ctrl+k`", "7 pages", "(go)"} {
		if !strings.Contains(md, want) {
			t.Errorf("welcome lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "{{") {
		t.Errorf("unfilled placeholder:\n%s", md)
	}
	if _, err := bindingNamed(km, "Global.Nope"); err == nil {
		t.Error("an unknown binding name is not an error")
	}
}

// TestFindPromptUsesListBindings: rebinding the list keys changes the find prompt.
func TestFindPromptUsesListBindings(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m.sh.keys.List.Close = bind([]string{"ctrl+g"}, "ctrl+g", "close")
	drain(m, m.open(location{Path: "sso", Offset: -1}, true))
	press(m, "f")
	typeText(m, "flow")
	press(m, "esc") // no longer Close: the prompt stays
	if !m.finding {
		t.Fatal("esc closed the find prompt although Close is ctrl+g")
	}
	drain(m, func() tea.Msg { return tea.KeyPressMsg{Code: 'g', Mod: tea.ModCtrl} })
	if m.finding || m.pager.find.active() {
		t.Errorf("ctrl+g did not close and clear the find: finding %v", m.finding)
	}
}
