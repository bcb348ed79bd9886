package docs

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/mdx"
	"github.com/workos-docs-tui/workos-docs-tui/docs/readme"
)

// SDK guides are the READMEs (and changelogs) of the SDK packages that the
// corpus's sdks/* pages name. sync fetches them into DIR/sdks/<slug>/ beside
// DIR/organized, one folder per package, each with an SDKManifest; Load
// appends each README to its sdks/<slug> page. They are optional: a corpus
// without them loads as before.

// SDKManifestFile is written by sync inside each SDK folder.
const SDKManifestFile = ".workos-docs-tui-sdk.json"

// SDKManifest records where an SDK folder came from.
type SDKManifest struct {
	Package    string            `json:"package"`    // "@workos-inc/node"
	Version    string            `json:"version"`    // "8.0.0"
	Integrity  string            `json:"integrity"`  // SRI of the tarball
	Page       string            `json:"page"`       // "sdks/node"
	Repository string            `json:"repository"` // web URL of the source repository, or ""
	Directory  string            `json:"directory"`  // the package's folder in a monorepo, or ""
	Files      map[string]string `json:"files"`      // file name → hex SHA-256 (README.md, CHANGELOG.md, LICENSE)
	SyncedAt   string            `json:"syncedAt"`
}

// SDKPackage is an sdks/* page and the npm package it documents.
type SDKPackage struct {
	Page    string // "sdks/authkit-nextjs"
	Package string // "@workos-inc/authkit-nextjs"
}

// SDKGuide is an SDK README loaded into its page.
type SDKGuide struct {
	SDKManifest
	Changelog string // the package's CHANGELOG.md as Markdown; "" when it ships none
}

// Slug is the folder name of the guide under DIR/sdks.
func (p SDKPackage) Slug() string { return path.Base(p.Page) }

// npmInstall finds package names in npm/yarn/pnpm/bun install commands.
var npmInstall = regexp.MustCompile(`(?m)\b(?:npm (?:install|i|add)|yarn add|pnpm (?:add|i|install)|bun add)((?:\s+-{1,2}[\w-]+)*)\s+((?:@[a-z0-9][\w.-]*/)?[a-z0-9][\w.-]*)`)

// npmName is a valid npm package name (lower case, optional scope).
var npmName = regexp.MustCompile(`^(?:@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$`)

// SDKPackages derives the npm packages of the corpus's sdks/* pages: the one
// a page's own install command names, else a package named by an install
// command anywhere in the docs whose name is the page's slug (sdks/node ↔
// @workos-inc/node). Pages installed another way (pip, gem, go get…) have
// none. dir is anything Locate accepts.
func SDKPackages(dir string) ([]SDKPackage, error) {
	org, err := Locate(dir)
	if err != nil {
		return nil, err
	}
	root := filepath.Join(org, "docs")
	files, _, err := listFiles(root)
	if err != nil {
		return nil, fmt.Errorf("reading corpus: %w", err)
	}
	own := map[string]string{} // page → first package its body installs
	var pages []string
	named := map[string]bool{} // every package installed anywhere
	for _, f := range files {
		b, err := readLimited(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			continue
		}
		p := pagePathOf(f)
		isSDK := strings.HasPrefix(p, "sdks/") && strings.Count(p, "/") == 1
		if isSDK {
			pages = append(pages, p)
		}
		for _, m := range npmInstall.FindAllSubmatch(b, -1) {
			name := string(m[2])
			if !npmName.MatchString(name) {
				continue
			}
			named[name] = true
			if _, ok := own[p]; isSDK && !ok {
				own[p] = name
			}
		}
	}
	var out []SDKPackage
	for _, p := range pages {
		pkg := own[p]
		if pkg == "" {
			var cands []string
			for n := range named {
				if path.Base(n) == path.Base(p) {
					cands = append(cands, n)
				}
			}
			sort.Strings(cands)
			if len(cands) > 0 {
				pkg = cands[0]
			}
		}
		if pkg != "" {
			out = append(out, SDKPackage{Page: p, Package: pkg})
		}
	}
	return out, nil
}

// SDKDir is where sync keeps SDK guides for the organized folder org:
// beside it, so a docs sync that swaps organized/ leaves them alone.
func SDKDir(org string) string { return filepath.Join(filepath.Dir(org), "sdks") }

// ReadSDKManifest reads the manifest of one SDK folder.
func ReadSDKManifest(folder string) (SDKManifest, error) {
	var m SDKManifest
	b, err := os.ReadFile(filepath.Join(folder, SDKManifestFile))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s: %w", SDKManifestFile, err)
	}
	return m, nil
}

// loadSDKGuides appends each synced README to its sdks/<slug> page. Runs after
// renderAll (pages have Markdown, sections and links) and before the search
// index is built. Problems become notices; nothing here fails the load.
func (c *Corpus) loadSDKGuides(org string) {
	root := SDKDir(org)
	ents, err := os.ReadDir(root)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			c.Notices = append(c.Notices, Notice{File: "sdks", Message: err.Error()})
		}
		return
	}
	for _, e := range ents {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		folder := filepath.Join(root, e.Name())
		file := "sdks/" + e.Name()
		m, err := ReadSDKManifest(folder)
		if err != nil {
			c.Notices = append(c.Notices, Notice{File: file, Message: "SDK guide skipped: " + err.Error()})
			continue
		}
		p := c.byPath[m.Page]
		if p == nil || m.Page != "sdks/"+e.Name() {
			c.Notices = append(c.Notices, Notice{File: file, Message: fmt.Sprintf("SDK guide skipped: its page %q is not in the corpus", m.Page)})
			continue
		}
		g := SDKGuide{SDKManifest: m}
		if b, err := readLimited(filepath.Join(folder, "CHANGELOG.md")); err == nil {
			text, _ := cleanText(b)
			g.Changelog = readme.Clean(text, readme.Options{Repo: m.Repository, Dir: m.Directory}).Markdown
		}
		b, err := readLimited(filepath.Join(folder, "README.md"))
		if err != nil {
			if !errors.Is(err, os.ErrNotExist) {
				c.Notices = append(c.Notices, Notice{File: file, Message: "SDK README skipped: " + err.Error()})
			}
		} else {
			text, _ := cleanText(b)
			c.appendGuide(p, m, text)
		}
		c.SDKs = append(c.SDKs, g)
	}
	sort.Slice(c.SDKs, func(i, j int) bool { return c.SDKs[i].Package < c.SDKs[j].Package })
}

// appendGuide adds a README below p's own text: a heading, a line naming the
// package and version, then the README with its headings one level down.
func (c *Corpus) appendGuide(p *Page, m SDKManifest, text string) {
	r := readme.Clean(text, readme.Options{Repo: m.Repository, Dir: m.Directory, Shift: 1})
	title := r.Title
	if title == "" {
		title = m.Package + " README"
	}
	var b strings.Builder
	b.WriteString("## " + title + "\n\n")
	b.WriteString(fmt.Sprintf("*From the README of the npm package `%s` %s", m.Package, m.Version))
	if m.Repository != "" {
		b.WriteString(" ([source](" + m.Repository + "))")
	}
	b.WriteString(".*\n\n")
	b.WriteString(r.Markdown)
	guide, links := c.canonLinks(p.Path, b.String())

	base := strings.TrimRight(p.Markdown, "\n")
	if base != "" {
		base += "\n\n"
	}
	md := base + guide
	var hs []mdx.Heading
	for _, s := range p.Sections {
		if s.Level > 0 && s.Start < len(base) {
			hs = append(hs, mdx.Heading{Level: s.Level, Text: s.Heading, Anchor: s.Anchor, Offset: s.Start})
		}
	}
	hs = append(hs, scanHeadings(guide, len(base), hs)...)
	p.Markdown = md
	p.Sections = sections(md, hs)
	p.Links = append(p.Links, c.pageLinks(links)...)
	p.Symbols = guideSymbols(guide, m.Package)
	if p.Description == "" {
		p.Description = fmt.Sprintf("%s %s: install and usage from the SDK's README", m.Package, m.Version)
	}
}

// codeName is an identifier written as code in a heading or prose:
// `withAuth`, `useAccessToken()`, `switchToOrganization(id)`.
var codeName = regexp.MustCompile("`([A-Za-z_$][A-Za-z0-9_$]*)(?:\\(.*?\\))?`")

// camelWord is a camelCase identifier standing as a word in a heading
// ("useAccessToken Hook").
var camelWord = regexp.MustCompile(`\b[a-z]+[A-Z][A-Za-z0-9]*\b`)

// importList matches the braces of an ES import or a destructured require:
// import { withAuth, useAuth as auth } from '…' / const { a } = require('…').
var importList = regexp.MustCompile(`(?:import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*|const\s*\{([^}]*)\}\s*=\s*require\(\s*)['"]([^'"]+)['"]`)

// guideSymbols are the helper names a README documents: what its code
// imports from the package itself, camelCase names in its headings, and calls
// written as code in its prose (`getSignInUrl()`).
func guideSymbols(md, pkg string) []string {
	var out []string
	// The product and package words ("WorkOS" the client class, "authkit"
	// the proxy helper) name every page: as symbols they would make any
	// question that says "WorkOS" an exact hit on the guide.
	product := map[string]bool{"workos": true}
	for _, w := range strings.FieldsFunc(strings.ToLower(pkg), func(r rune) bool { return r == '@' || r == '/' || r == '-' }) {
		product[w] = true
	}
	add := func(name string) {
		if name != "" && !product[strings.ToLower(name)] && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	var code strings.Builder
	scanLines(md, func(_ int, line string, prose bool) {
		if !prose {
			code.WriteString(line + "\n")
			return
		}
		if strings.HasPrefix(strings.TrimLeft(line, " "), "#") {
			for _, w := range camelWord.FindAllString(strings.ReplaceAll(line, "`", " "), -1) {
				add(w)
			}
		}
		for _, m := range codeName.FindAllStringSubmatch(line, -1) {
			name := m[1]
			camel := strings.ToLower(name) != name && strings.ToUpper(name[:1]) != name[:1]
			if camel && strings.Contains(m[0], "(") {
				add(name)
			}
		}
	})
	for _, m := range importList.FindAllStringSubmatch(code.String(), -1) {
		if from := m[3]; from != pkg && !strings.HasPrefix(from, pkg+"/") {
			continue
		}
		for _, part := range strings.Split(m[1]+m[2], ",") {
			name, _, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "type ")), " ")
			name, _, _ = strings.Cut(name, ":") // require destructuring renames
			if ident.MatchString(name) {
				add(name)
			}
		}
	}
	return out
}

var ident = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// SDKChangelog is the changelog a synced SDK package ships, by package name
// ("@workos-inc/node") or page ("sdks/node"); ok is false when the package is
// not synced. A synced package that ships no changelog has ok true and "".
func (c *Corpus) SDKChangelog(pkg string) (g SDKGuide, ok bool) {
	for _, s := range c.SDKs {
		if strings.EqualFold(s.Package, pkg) || s.Page == NormPath(pkg) {
			return s, true
		}
	}
	return SDKGuide{}, false
}
