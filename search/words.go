package search

import (
	_ "embed"
	"strings"
)

// wordsText is a list of correctly spelled English words of fuzzyMinLen
// letters or more, one per line after a comment header, sorted bytewise
// (see the header of words.txt for how it is made).
//
//go:embed words.txt
var wordsText string

// wordList is wordsText without its header.
var wordList = wordsText[headerEnd(wordsText):]

// headerEnd returns the offset of the first line of text that is not a
// comment.
func headerEnd(text string) int {
	i := 0
	for strings.HasPrefix(text[i:], "#") {
		n := strings.IndexByte(text[i:], '\n')
		if n < 0 {
			return len(text)
		}
		i += n + 1
	}
	return i
}

// isWord reports whether w, in lower case, is a correctly spelled English
// word of the list. A question word the articles never use that is one is
// not taken for a misspelling of one they do: "server" is not "severe",
// "population" is not "popular". It searches the sorted list in place, so it
// costs no memory.
func isWord(w string) bool {
	w = unpossessed(w)
	lo, hi := 0, len(wordList) // the lines starting in [lo, hi) are left
	for lo < hi {
		mid := lo + (hi-lo)/2
		// the line holding mid
		start := strings.LastIndexByte(wordList[:mid], '\n') + 1
		end := strings.IndexByte(wordList[mid:], '\n')
		if end < 0 {
			end = len(wordList)
		} else {
			end += mid
		}
		switch line := wordList[start:end]; {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}
