package tui

import (
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
)

// Key remapping from the config file: bindings are named by their field path
// in KeyMap ("Global.Quit", "Interrupt"), the names help and the welcome page
// already use.

// BindingNames lists every binding name, in key map order.
func BindingNames() []string {
	var out []string
	eachBinding(reflect.ValueOf(DefaultKeyMap()), func(name string, _ key.Binding) { out = append(out, name) })
	return out
}

func eachBinding(v reflect.Value, f func(string, key.Binding)) {
	t := v.Type()
	for i := range t.NumField() {
		fv := v.Field(i)
		if b, ok := fv.Interface().(key.Binding); ok {
			f(t.Field(i).Name, b)
			continue
		}
		gt := fv.Type()
		for j := range gt.NumField() {
			if b, ok := fv.Field(j).Interface().(key.Binding); ok {
				f(t.Field(i).Name+"."+gt.Field(j).Name, b)
			}
		}
	}
}

// Rebind makes binding name answer to keys; its help shows them. It checks
// the name and each key, not conflicts (see Conflict).
func (k *KeyMap) Rebind(name string, keys []string) error {
	f, err := bindingField(reflect.ValueOf(k).Elem(), name)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		return fmt.Errorf("%s: no keys given", name)
	}
	for _, s := range keys {
		if err := ValidKey(s); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	old := f.Interface().(key.Binding)
	help := strings.Join(keys[:min(len(keys), 2)], "/")
	f.Set(reflect.ValueOf(key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, old.Help().Desc))))
	return nil
}

func bindingField(v reflect.Value, name string) (reflect.Value, error) {
	group, field, grouped := strings.Cut(name, ".")
	f := v.FieldByName(group)
	if grouped && f.IsValid() && f.Kind() == reflect.Struct && f.Type() != reflect.TypeOf(key.Binding{}) {
		f = f.FieldByName(field)
	} else if grouped {
		f = reflect.Value{}
	}
	if !f.IsValid() || f.Type() != reflect.TypeOf(key.Binding{}) || !f.CanSet() {
		return reflect.Value{}, fmt.Errorf("no key binding %q (names look like Global.Quit, Page.Down, List.Choose)", name)
	}
	return f, nil
}

// A KeyConflict is one key that triggers two bindings where both work.
type KeyConflict struct{ Key, First, Second string }

func (c *KeyConflict) Error() string {
	return fmt.Sprintf("key %q is bound to both %s and %s", c.Key, c.First, c.Second)
}

// Conflict reports the first key bound twice in one context (global keys
// with the tree, global keys with the page, the list keys, the help keys;
// ctrl+c everywhere), or a printable key in the list bindings, which would
// keep it from being typed into the search.
func (k KeyMap) Conflict() error {
	type named struct {
		name string
		b    key.Binding
	}
	groups := map[string][]named{}
	eachBinding(reflect.ValueOf(k), func(name string, b key.Binding) {
		g, _, _ := strings.Cut(name, ".")
		groups[g] = append(groups[g], named{name, b})
	})
	for _, n := range groups["List"] {
		for _, s := range n.b.Keys() {
			if utf8.RuneCountInString(s) == 1 {
				return fmt.Errorf("%s: key %q is a printable key, which the search and filters need for typing", n.name, s)
			}
		}
	}
	for _, ctx := range [][]string{{"Interrupt", "Global", "Tree"}, {"Interrupt", "Global", "Page"}, {"Interrupt", "List"}, {"Interrupt", "Help"}} {
		seen := map[string]string{}
		for _, g := range ctx {
			for _, n := range groups[g] {
				for _, s := range n.b.Keys() {
					if prev, dup := seen[s]; dup && prev != n.name {
						return &KeyConflict{Key: s, First: prev, Second: n.name}
					}
					seen[s] = n.name
				}
			}
		}
	}
	return nil
}

// namedKeys are the key names Bubble Tea reports besides single characters.
var namedKeys = map[string]bool{
	"enter": true, "esc": true, "tab": true, "space": true, "backspace": true, "delete": true,
	"insert": true, "up": true, "down": true, "left": true, "right": true, "home": true,
	"end": true, "pgup": true, "pgdown": true,
}

// ValidKey checks a key as Bubble Tea names it: a character ("x", "?"), a
// named key ("enter", "pgdown", "f5") or either with modifiers
// ("ctrl+k", "alt+left", "shift+tab", "ctrl+alt+x").
func ValidKey(s string) error {
	if s == "" {
		return fmt.Errorf("empty key")
	}
	if s == "+" {
		return nil
	}
	parts := strings.Split(s, "+")
	if strings.HasSuffix(s, "++") { // "ctrl++": the plus key with a modifier
		parts = append(parts[:len(parts)-2], "+")
	}
	base := parts[len(parts)-1]
	seen := map[string]bool{}
	for _, mod := range parts[:len(parts)-1] {
		switch mod {
		case "ctrl", "alt", "shift", "meta", "super", "hyper":
			if seen[mod] {
				return fmt.Errorf("key %q names %s twice", s, mod)
			}
			seen[mod] = true
		default:
			return fmt.Errorf("key %q: unknown modifier %q (ctrl, alt, shift, meta, super, hyper)", s, mod)
		}
	}
	switch {
	case utf8.RuneCountInString(base) == 1 && base != " ":
		return nil
	case namedKeys[base]:
		return nil
	case len(base) >= 2 && base[0] == 'f':
		var n int
		if _, err := fmt.Sscanf(base[1:], "%d", &n); err == nil && n >= 1 && n <= 63 && fmt.Sprint(n) == base[1:] {
			return nil
		}
	}
	return fmt.Errorf("key %q is not a key name (a character, or enter, esc, tab, space, backspace, up, pgdown, f5…, with ctrl+/alt+/shift+)", s)
}
