package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Stamp returns a cheap identity of the corpus folder dir: a digest of the
// path, size and modification time of every file Load would read, the way
// make decides what to rebuild. It reads no file contents, so it costs a
// directory walk where loading costs a parse; a server compares it with the
// stamp kept beside a persisted index to skip loading the corpus when
// nothing changed.
//
// Equal stamps mean the files are, in all likelihood, unchanged; a file
// rewritten with the same size within the file system's time resolution
// goes unnoticed, which Fingerprint, computed from the contents, catches.
func Stamp(dir string) (string, error) {
	dir = filepath.Clean(dir)
	info, err := os.Stat(dir)
	if err != nil {
		return "", fmt.Errorf("corpus folder %s: %w", dir, err)
	}
	if !info.IsDir() {
		return "", fmt.Errorf("corpus folder %s is not a folder", dir)
	}
	var lines []string
	err = filepath.WalkDir(dir, func(full string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		p := "."
		if full != dir {
			p = filepath.ToSlash(full[len(dir)+1:])
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || (p != SynonymsFile && path.Ext(p) != ".md") {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		lines = append(lines, p+"\x00"+strconv.FormatInt(fi.Size(), 10)+"\x00"+
			strconv.FormatInt(fi.ModTime().UnixNano(), 10)+"\n")
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("stamp corpus %s: %w", dir, err)
	}
	sort.Strings(lines)
	sum := sha256.New()
	sum.Write([]byte("stamp 1\n"))
	for _, l := range lines {
		sum.Write([]byte(l))
	}
	return hex.EncodeToString(sum.Sum(nil)), nil
}
