//go:build ignore

// gen writes words.txt from SCOWL's American English list as Debian's
// wamerican package installs it: the lower-case ASCII words, no possessives,
// sorted bytewise and one a line, so english.Is can search the file as it is.
//
//	apt-get install wamerican && go generate ./docs/search/english
package main

import (
	"bufio"
	"log"
	"os"
	"slices"
	"strings"
)

func main() {
	src := "/usr/share/dict/american-english"
	if len(os.Args) > 1 {
		src = os.Args[1]
	}
	f, err := os.Open(src)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			seen[w] = true // proper nouns, possessives and accented words are left out
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	if err := os.WriteFile("words.txt", []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}
