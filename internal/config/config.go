// Package config reads the explorer's config file
// ($XDG_CONFIG_HOME/workos-docs-tui/config.yaml or --config FILE): theme,
// default SDK language and stack, mouse, and key remapping. Errors name the
// file and line in one line, so a bad file stops the start with a clear message.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// App names the folder inside the platform's config folder.
const App = "workos-docs-tui"

// Config is the file's content. Empty strings and a nil Mouse mean "not set".
type Config struct {
	Path     string
	Theme    string
	Language string
	Stack    string
	Mouse    *bool
	Keys     []KeyEntry // in file order
	Lines    map[string]int
}

// KeyEntry rebinds one binding ("Global.Quit") to keys.
type KeyEntry struct {
	Name string
	Keys []string
	Line int
}

// Error is a problem at a line of the file.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// DefaultPath is config.yaml in $XDG_CONFIG_HOME/workos-docs-tui, else the
// platform's config folder (os.UserConfigDir).
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		d, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		dir = d
	}
	return filepath.Join(dir, App, "config.yaml"), nil
}

// Load reads path. A missing file is an empty Config unless mustExist (a
// file named with --config must be there).
func Load(path string, mustExist bool) (Config, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && !mustExist {
		return Config{Path: path}, nil
	}
	if err != nil {
		return Config{}, &Error{Path: path, Msg: err.Error()}
	}
	return Parse(path, b)
}

// Parse reads the YAML of a config file; path names it in errors.
func Parse(path string, b []byte) (Config, error) {
	c := Config{Path: path, Lines: map[string]int{}}
	fail := func(line int, format string, a ...any) (Config, error) {
		return Config{}, &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, a...)}
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil // an empty file
		}
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return fail(0, "%s", te.Errors[0])
		}
		return fail(0, "%s", oneLine(err.Error()))
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fail(root.Line, "the file must be a mapping (theme: dark, keys: …)")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		c.Lines[k.Value] = k.Line
		scalar := func() (string, error) {
			if v.Kind != yaml.ScalarNode {
				return "", &Error{Path: path, Line: v.Line, Msg: k.Value + " must be a single value"}
			}
			return v.Value, nil
		}
		var err error
		switch k.Value {
		case "theme":
			c.Theme, err = scalar()
			if err == nil && c.Theme != "auto" && c.Theme != "dark" && c.Theme != "light" {
				return fail(v.Line, "theme must be auto, dark or light (got %q)", c.Theme)
			}
		case "language", "lang":
			c.Language, err = scalar()
		case "stack":
			c.Stack, err = scalar()
		case "mouse":
			var on bool
			if v.Kind != yaml.ScalarNode || v.Decode(&on) != nil {
				return fail(v.Line, "mouse must be true or false")
			}
			c.Mouse = &on
		case "keys":
			if v.Kind != yaml.MappingNode {
				return fail(v.Line, "keys must map binding names to key lists (Global.Quit: [\"x\"])")
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				name, list := v.Content[j], v.Content[j+1]
				e := KeyEntry{Name: name.Value, Line: name.Line}
				switch list.Kind {
				case yaml.ScalarNode:
					e.Keys = []string{list.Value}
				case yaml.SequenceNode:
					for _, item := range list.Content {
						if item.Kind != yaml.ScalarNode {
							return fail(item.Line, "%s: each key must be a string such as \"ctrl+k\"", name.Value)
						}
						e.Keys = append(e.Keys, item.Value)
					}
				default:
					return fail(list.Line, "%s: give a key or a list of keys", name.Value)
				}
				if len(e.Keys) == 0 {
					return fail(list.Line, "%s: give at least one key", name.Value)
				}
				c.Keys = append(c.Keys, e)
			}
		default:
			return fail(k.Line, "unknown setting %q (theme, language, stack, mouse, keys)", k.Value)
		}
		if err != nil {
			return Config{}, err
		}
	}
	return c, nil
}

// oneLine keeps the first line of a parser message and drops yaml's prefix.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimPrefix(s, "yaml: ")
}
