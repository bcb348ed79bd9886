package docs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
	"go.yaml.in/yaml/v3"
)

// navFileName names the navigation trees; they hold frontmatter only.
const navFileName = "_navigation.mdx"

// maxFileSize bounds what is read of one file; the largest real page is far smaller.
const maxFileSize = 8 << 20

// parsed is one file after reading and frontmatter parsing.
type parsed struct {
	file  string // slash path under docs/
	page  *Page
	front *yaml.Node
	nav   *navFile // set for _navigation.mdx files
	notes []string // problems to report as notices (already on page.loadNote for pages)
}

// Load reads a corpus: dir is anything Locate accepts. Problems inside files
// become notices; only a missing or unreadable docs folder is an error.
func Load(dir string) (*Corpus, error) {
	org, err := Locate(dir)
	if err != nil {
		return nil, err
	}
	c := &Corpus{Dir: org, byPath: map[string]*Page{}, areas: map[string]*NavNode{}}
	if m, err := ReadManifest(org); err != nil {
		c.Notices = append(c.Notices, Notice{File: ManifestFile, Message: err.Error()})
	} else {
		c.Manifest = m
	}
	// The cheap check against the manifest (a stat per file, ~3% of a load's
	// CPU) runs beside the reading.
	damage := make(chan string, 1)
	man := c.Manifest
	go func() { damage <- damageNotice(org, man) }()
	files, unreadable, err := listFiles(filepath.Join(org, "docs"))
	if err != nil {
		return nil, fmt.Errorf("reading corpus: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s holds no pages (.mdx or .md files); run `workos-docs-tui sync` to reinstall the corpus", filepath.Join(org, "docs"))
	}
	c.Notices = append(c.Notices, unreadable...)
	items := readAll(filepath.Join(org, "docs"), files)

	var navs []*navFile
	for _, it := range items {
		for _, n := range it.notes {
			c.Notices = append(c.Notices, Notice{File: "docs/" + it.file, Message: n})
		}
		if it.nav != nil {
			navs = append(navs, it.nav)
			continue
		}
		if it.page == nil {
			continue
		}
		if prev, dup := c.byPath[it.page.Path]; dup {
			c.Notices = append(c.Notices, Notice{File: "docs/" + it.file,
				Message: fmt.Sprintf("same page path %q as %s; this file is ignored", it.page.Path, prev.File)})
			continue
		}
		c.byPath[it.page.Path] = it.page
		c.Pages = append(c.Pages, it.page)
	}
	sort.Slice(c.Pages, func(i, j int) bool { return c.Pages[i].Path < c.Pages[j].Path })

	c.buildAPI(items)
	c.buildNav(navs)
	c.renderAll()
	c.loadSDKGuides(org)
	c.placeOrphans()
	c.linkNav()
	c.loadChangelogs(filepath.Join(org, "changelogs"))
	if msg := <-damage; msg != "" {
		c.Notices = append(c.Notices, Notice{File: ManifestFile, Message: msg})
	}
	sort.SliceStable(c.Notices, func(i, j int) bool { return c.Notices[i].File < c.Notices[j].File })
	return c, nil
}

// walkDir is filepath.WalkDir; tests swap it to simulate unreadable folders
// (they run as root, for whom permissions do not apply).
var walkDir = filepath.WalkDir

// listFiles returns the .mdx and .md files under root as slash paths, sorted,
// and a notice for each folder it could not read (its pages are missing, and
// the reader must be told, not left with a silently smaller corpus).
// Hidden folders are skipped; symlinks are not followed (WalkDir does not).
func listFiles(root string) ([]string, []Notice, error) {
	var out []string
	var unreadable []Notice
	err := walkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			rel, _ := filepath.Rel(filepath.Dir(root), p)
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is in File
			}
			unreadable = append(unreadable, Notice{File: filepath.ToSlash(rel),
				Message: fmt.Sprintf("cannot read this folder (%v); %s", err, unreadableHint)})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !(strings.HasSuffix(name, ".mdx") || strings.HasSuffix(name, ".md")) {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return nil
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(out)
	return out, unreadable, err
}

// readAll reads and parses files on all cores; the result keeps the input order.
func readAll(root string, files []string) []parsed {
	out := make([]parsed, len(files))
	workers := min(runtime.GOMAXPROCS(0), len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = readOne(root, files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func readOne(root, file string) parsed {
	it := parsed{file: file}
	if !termsafe.Safe(file) {
		it.file = termsafe.Clean(file)
		it.notes = append(it.notes, "the file name holds control characters; the file is skipped")
		return it
	}
	b, err := readLimited(filepath.Join(root, filepath.FromSlash(file)))
	if err != nil {
		it.notes = append(it.notes, err.Error())
	}
	text, notes := cleanText(b)
	it.notes = append(it.notes, notes...)
	front, body, _, note := splitFrontmatter(text)
	if note != "" {
		it.notes = append(it.notes, note)
	}
	node, err := parseFront(front)
	if err != nil {
		it.notes = append(it.notes, err.Error())
	}
	if cleanNode(node) && !slices.Contains(it.notes, noteControls) {
		it.notes = append(it.notes, noteControls)
	}
	if filepath.Base(file) == navFileName {
		it.nav = parseNav(file, node)
		return it
	}
	if strings.TrimSpace(text) == "" {
		it.notes = append(it.notes, "the file is empty")
	}
	deleteKey(node, "originalPath") // internal to the publisher; never shown
	p := &Page{
		Path:        pagePathOf(file),
		File:        file,
		Title:       scalarText(mapValue(node, "title")),
		Description: descriptionText(mapValue(node, "description")),
		body:        body,
		loadNote:    it.notes,
	}
	it.page, it.front = p, node
	return it
}

func readLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	if fi.Size() > maxFileSize {
		return nil, fmt.Errorf("the file is larger than %d MiB and was skipped", maxFileSize>>20)
	}
	b := make([]byte, fi.Size())
	n, err := io.ReadFull(f, b)
	if err != nil && err != io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	return b[:n], nil
}

// buildAPI hands every page's frontmatter to apiref and attaches the result.
func (c *Corpus) buildAPI(items []parsed) {
	var srcs []apiref.Source
	for _, it := range items {
		if it.page != nil && it.front != nil && c.byPath[it.page.Path] == it.page {
			srcs = append(srcs, apiref.Source{Path: it.page.Path, Front: it.front})
		}
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Path < srcs[j].Path })
	set, notices := safeBuild(srcs)
	set.UseBaseURL(set.BaseURLIn(bodiesOf(items)))
	c.API = set
	for _, n := range notices {
		file := n.Path
		if p, ok := c.byPath[n.Path]; ok {
			file = "docs/" + p.File
			p.Notices = append(p.Notices, n.Message)
		}
		c.Notices = append(c.Notices, Notice{File: file, Message: n.Message})
	}
	for _, p := range c.Pages {
		p.API = set.Page(p.Path)
	}
}

// safeBuild keeps a bug in the reference model from failing the whole load.
func safeBuild(srcs []apiref.Source) (set *apiref.Set, notices []apiref.Notice) {
	defer func() {
		if r := recover(); r != nil {
			set, _ = apiref.Build(nil)
			notices = []apiref.Notice{{Message: fmt.Sprintf("API reference not available: %v", r)}}
		}
	}()
	return apiref.Build(srcs)
}
