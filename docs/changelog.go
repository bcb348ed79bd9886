package docs

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
)

// feedEntry is one item of changelogs/*.json as published.
type feedEntry struct {
	Package string   `json:"package"`
	Version string   `json:"version"` // holds the entry's title
	Date    string   `json:"date"`
	Changes []string `json:"changes"`
	URL     string   `json:"url"`
}

// loadChangelogs reads every feed in dir, newest first. A missing folder is
// no problem; a malformed feed is a notice.
func (c *Corpus) loadChangelogs(dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	sort.Strings(files)
	for _, f := range files {
		name := "changelogs/" + filepath.Base(f)
		b, err := readLimited(f)
		if err != nil {
			c.Notices = append(c.Notices, Notice{File: name, Message: err.Error()})
			continue
		}
		var feed []feedEntry
		if err := json.Unmarshal(b, &feed); err != nil {
			c.Notices = append(c.Notices, Notice{File: name, Message: "malformed changelog: " + oneLine(err.Error())})
			continue
		}
		pkg := strings.TrimSuffix(filepath.Base(f), ".json")
		for _, e := range feed {
			cleanChangelog(&e)
			if e.Package == "" {
				e.Package = pkg
			}
			c.Changelog = append(c.Changelog, ChangelogEntry{
				Package: e.Package, Title: strings.TrimSpace(e.Version), Date: strings.TrimSpace(e.Date),
				Changes: e.Changes, URL: e.URL,
			})
		}
	}
	// ISO dates sort as strings; ties keep feed order.
	sort.SliceStable(c.Changelog, func(i, j int) bool { return c.Changelog[i].Date > c.Changelog[j].Date })
}
