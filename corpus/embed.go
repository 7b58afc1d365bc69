package corpus

import (
	"embed"
	"fmt"
	"io/fs"
)

// articles holds the default corpus: the files of the articles folder.
//
//go:embed articles
var articles embed.FS

// Embedded loads the default corpus built into the program. Its Source is
// "embedded".
func Embedded() (*Corpus, error) {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		return nil, fmt.Errorf("embedded corpus: %w", err)
	}
	return Load(sub, "embedded")
}
