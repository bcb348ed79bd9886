package tui

import (
	"testing"

	"charm.land/bubbles/v2/key"
)

// TestKeyMapHasNoConflicts checks that within each context (global keys plus one
// pane, or the list keys) no key string triggers two bindings, and that every
// binding has keys and help.
func TestKeyMapHasNoConflicts(t *testing.T) {
	km := DefaultKeyMap()
	contexts := map[string][]key.Binding{
		"tree": append(km.Global.bindings(), km.Tree.bindings()...),
		"page": append(km.Global.bindings(), km.Page.bindings()...),
		"list": km.List.bindings(),
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
	check("tree", km.treeHelp(), append(km.Global.bindings(), km.Tree.bindings()...))
	check("page", km.pageHelp(), append(km.Global.bindings(), km.Page.bindings()...))
}
