//go:build unix

package search

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// lockDir takes the lock of an index folder for this process, or returns
// errDirInUse when another process holds it. The lock is an advisory flock
// on the folder's lock file, released when the returned file is closed or
// the process ends, however it ends.
func lockDir(dir string) (io.Closer, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errDirInUse
		}
		return nil, err
	}
	return f, nil
}
