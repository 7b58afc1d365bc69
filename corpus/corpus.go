// Package corpus owns the coverage the bot answers from: articles, their
// passages and sentences, the synonym groups moderators keep beside them, and
// the types the other packages speak in (questions, results, reload reports).
//
// It reads, cleans, validates and splits article files, and embeds the default
// articles. It imports neither bleve nor discordgo.
//
// # Article files
//
// A corpus is a folder of Markdown files, one article each, read with
// [LoadDir]. Each file opens with YAML front matter between two "---" lines:
//
//	---
//	title: Mexico Warms Up to Trump’s War on Drug Cartels    # required
//	outlet: The New York Sun                                 # required
//	published: 2025-02-19                                    # required, YYYY-MM-DD
//	url: https://www.nysun.com/article/...                   # only a confirmed link
//	authors: [Kate Linthicum]
//	summary: One or more lines shown above the article.
//	id: nysun-mexico-warms-up     # defaults to the file name without .md
//	note: Why a date is inferred, a headline descriptive, an outlet unknown.
//	---
//	First paragraph.
//
//	Second paragraph.
//
// Paragraphs are separated by blank lines. A missing url is a warning; an
// unknown field is a warning and is ignored; every other mistake is an error
// that names the file and line. Hidden files and folders and files that do
// not end in .md are skipped. An optional synonyms.txt at the root of the
// folder holds synonym groups (see [ParseSynonyms]).
package corpus

import "time"

// Article is one news article: its metadata from the front matter and its
// body split into passages.
type Article struct {
	ID        string    // from front matter, or the file name without extension
	Title     string    // headline
	Outlet    string    // publication
	Published time.Time // date of publication (UTC midnight)
	URL       string    // link to the source; empty when not confirmed
	Authors   []string
	Summary   string
	Note      string
	File      string    // path of the file inside the corpus folder, for reports
	Passages  []Passage // body, in order
}

// Passage is a stretch of an article about one paragraph long: the unit the
// index stores and the search returns.
type Passage struct {
	ArticleID string
	Index     int    // position in the article, from 0
	Line      int    // line in the article file where the passage starts
	Text      string // the passage text, whitespace normalized
	Sentences []Span // byte offsets of each sentence in Text, in order; only white space lies outside them
}

// Span is a half-open byte range [Start, End) in a string.
type Span struct {
	Start, End int
}

// Corpus is a loaded, validated set of articles.
type Corpus struct {
	Articles    []*Article // sorted by ID
	Synonyms    [][]string // synonym groups from synonyms.txt, each of two or more terms
	SynonymLine []int      // the line of synonyms.txt each group is on, when known
	Warnings    []Problem  // problems that do not stop loading (a missing url, ...)
	Fingerprint string     // hex digest of every file read; equal corpora have equal fingerprints
	Source      string     // where it came from: a folder path, or "embedded"
}

// Article returns the article with the given id, or nil.
func (c *Corpus) Article(id string) *Article {
	for _, a := range c.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// PassageCount returns the number of passages in all articles.
func (c *Corpus) PassageCount() int {
	n := 0
	for _, a := range c.Articles {
		n += len(a.Passages)
	}
	return n
}
