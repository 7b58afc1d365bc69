// Command wordfamilies extracts English word families from the WordNet 3.0
// database: pairs of words that WordNet marks as derivationally related
// ("intervene" and "intervention", "tense" and "tension"), or an adverb and
// the adjective it is made from ("militarily" and "military"), and that share a
// stem in spelling. The search package matches a question word with the
// other members of its family, at a lower weight, so that a member need not
// use the article's word form.
//
// It reads the database files (data.noun, index.noun, ...) from the folder
// given by -dict, /usr/share/wordnet by default (Debian's wordnet-base
// package), and writes the pairs, sorted, one per line, to standard output:
//
//	go run ./search/internal/wordfamilies > search/testdata/wordnet-families.txt
//	go test ./search -run TestFamiliesTable -update
//
// The second command turns the words into the analyzed terms the index uses
// (search/families.txt).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// senses is how many of a word's senses, most frequent first, are followed:
// rarer senses lead to rarer, less related words.
const senses = 3

var parts = []struct{ pos, file string }{{"n", "noun"}, {"v", "verb"}, {"a", "adj"}, {"r", "adv"}}

type pointer struct {
	symbol, offset, pos string
	source, target      int
}

type synset struct {
	words    []string
	pointers []pointer
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "folder of the WordNet 3.0 database files")
	flag.Parse()
	if err := run(*dict); err != nil {
		fmt.Fprintln(os.Stderr, "wordfamilies:", err)
		os.Exit(1)
	}
}

func run(dict string) error {
	synsets := map[string]synset{} // pos + offset -> synset
	for _, p := range parts {
		err := eachLine(filepath.Join(dict, "data."+p.file), func(f []string) error {
			s, err := parseSynset(f)
			if err != nil {
				return err
			}
			synsets[p.pos+f[0]] = s
			return nil
		})
		if err != nil {
			return err
		}
	}
	pairs := map[[2]string]bool{}
	for _, p := range parts {
		err := eachLine(filepath.Join(dict, "index."+p.file), func(f []string) error {
			lemma := f[0]
			if !plain(lemma) || len(f) < 4 {
				return nil
			}
			n, err := strconv.Atoi(f[2])
			if err != nil || n > len(f) {
				return fmt.Errorf("index.%s: %s: bad synset count", p.file, lemma)
			}
			for _, off := range f[len(f)-n:][:min(n, senses)] {
				s, ok := synsets[p.pos+off]
				if !ok {
					return fmt.Errorf("index.%s: %s: no synset %s", p.file, lemma, off)
				}
				at := slices.Index(s.words, lemma) + 1
				for _, ptr := range s.pointers {
					if ptr.symbol != "+" && ptr.symbol != "\\" || ptr.source != at {
						continue
					}
					t, ok := synsets[ptr.pos+ptr.offset]
					if !ok || ptr.target < 1 || ptr.target > len(t.words) {
						continue
					}
					if w := t.words[ptr.target-1]; plain(w) && w != lemma && sameStem(lemma, w) {
						pairs[[2]string{min(lemma, w), max(lemma, w)}] = true
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	out := make([]string, 0, len(pairs))
	for p := range pairs {
		out = append(out, p[0]+" "+p[1])
	}
	slices.Sort(out)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Word families from WordNet 3.0: words marked derivationally related that")
	fmt.Fprintln(w, "# share a stem. Made by search/internal/wordfamilies.")
	fmt.Fprintln(w, "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.")
	fmt.Fprintln(w, "# License: https://wordnet.princeton.edu/license-and-commercial-use")
	for _, l := range out {
		fmt.Fprintln(w, l)
	}
	return w.Flush()
}

// eachLine calls fn with the fields of each line of a database file, but
// for the license text at its top (lines that start with spaces).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") || line == "" {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return err
		}
	}
	return sc.Err()
}

// parseSynset reads one line of a data file (see WordNet's wndb(5)).
func parseSynset(f []string) (synset, error) {
	bad := fmt.Errorf("synset %s: malformed line", f[0])
	if len(f) < 4 {
		return synset{}, bad
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || 4+2*int(n) >= len(f) {
		return synset{}, bad
	}
	var s synset
	for i := range int(n) {
		w := strings.ToLower(f[4+2*i])
		if j := strings.IndexByte(w, '('); j >= 0 {
			w = w[:j] // an adjective's syntactic marker: "(a)", "(p)"
		}
		s.words = append(s.words, w)
	}
	i := 4 + 2*int(n)
	np, err := strconv.Atoi(f[i])
	if err != nil || i+1+4*np > len(f) {
		return synset{}, bad
	}
	for k := range np {
		p := f[i+1+4*k:]
		st, err := strconv.ParseUint(p[3], 16, 16)
		if err != nil {
			return synset{}, bad
		}
		pos := p[2]
		if pos == "s" {
			pos = "a" // satellite adjectives live in data.adj
		}
		s.pointers = append(s.pointers, pointer{symbol: p[0], offset: p[1], pos: pos, source: int(st >> 8), target: int(st & 0xff)})
	}
	return s, nil
}

// plain reports whether w is one lower-case word of letters.
func plain(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// sameStem reports whether two words begin alike: at least four letters,
// and at least half of the shorter word. It keeps "tense" and "tension" and
// leaves out relations of meaning only ("die" and "death").
func sameStem(a, b string) bool {
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	return k >= 4 && 2*k >= min(len(a), len(b))
}
