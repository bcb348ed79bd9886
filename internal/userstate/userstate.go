// Package userstate keeps what the explorer remembers between runs (the page
// and scroll position, language, stack, theme, open folders, bookmarks,
// recent pages and searches) in one JSON file in the user's state folder.
// Writes are atomic: a temporary file in the same folder, then a rename.
package userstate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// App names the folder inside the platform's state folder.
const App = "workos-docs-tui"

// State is the remembered session. Unknown fields in the file are ignored,
// missing ones are zero; Version guards a future change of meaning.
type State struct {
	Version   int        `json:"version"`
	Page      string     `json:"page,omitempty"`
	Anchor    string     `json:"anchor,omitempty"` // section at the top of the view
	Top       int        `json:"top,omitempty"`    // first visible line of the page pane…
	Width     int        `json:"width,omitempty"`  // …at this page width
	Lang      string     `json:"lang,omitempty"`   // "all": every language (see All)
	Stack     string     `json:"stack,omitempty"`  // "all": every option
	Theme     string     `json:"theme,omitempty"`
	Open      []string   `json:"open,omitempty"` // tree folders, as title paths
	Bookmarks []Bookmark `json:"bookmarks,omitempty"`
	Recent    []string   `json:"recent,omitempty"`  // page paths, newest first
	Queries   []string   `json:"queries,omitempty"` // palette searches, newest first
}

// Bookmark is a page at a section.
type Bookmark struct {
	Path    string `json:"path"`
	Anchor  string `json:"anchor,omitempty"`
	Title   string `json:"title,omitempty"`
	Section string `json:"section,omitempty"`
}

const version = 1

// All is the Lang or Stack of a reader who chose every language or every
// option, told apart from "" (never chosen), so a config default does not
// override the choice.
const All = "all"

// Store reads and writes the state file.
type Store struct{ Path string }

// DefaultPath is state.json in $XDG_STATE_HOME/workos-docs-tui, else
// ~/.local/state on Unix, ~/Library/Application Support on macOS and
// %LocalAppData% on Windows.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		switch runtime.GOOS {
		case "windows":
			dir = os.Getenv("LocalAppData")
		case "darwin":
			home, err := os.UserHomeDir()
			if err != nil {
				return "", err
			}
			dir = filepath.Join(home, "Library", "Application Support")
		default:
			home, err := os.UserHomeDir()
			if err != nil {
				return "", err
			}
			dir = filepath.Join(home, ".local", "state")
		}
	}
	if dir == "" {
		return "", errors.New("no state folder (set XDG_STATE_HOME)")
	}
	return filepath.Join(dir, App, "state.json"), nil
}

// Load reads the state. A missing file is a zero State and no error; a file
// that cannot be read or parsed returns a zero State and an error that says
// so in one line (the caller shows it and goes on).
func (s Store) Load() (State, error) {
	b, err := os.ReadFile(s.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return State{}, nil
	}
	if err != nil {
		return State{}, fmt.Errorf("session not restored: %w", err)
	}
	var st State
	if err := json.Unmarshal(b, &st); err != nil {
		return State{}, fmt.Errorf("session not restored: %s is not a state file (%v)", s.Path, err)
	}
	if st.Version != version {
		return State{}, fmt.Errorf("session not restored: %s has version %d, want %d", s.Path, st.Version, version)
	}
	return st, nil
}

// Save writes the state atomically: readers see the old file or the new one.
func (s Store) Save(st State) error {
	st.Version = version
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.Path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("session not saved: %w", err)
	}
	f, err := os.CreateTemp(dir, ".state-*.json")
	if err != nil {
		return fmt.Errorf("session not saved: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(append(b, '\n'))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.Path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("session not saved: %w", err)
	}
	return nil
}
