//go:build !unix

package search

import "io"

// lockDir does not lock the index folder where flock is not available: one
// process must use a folder at a time, as the README says.
func lockDir(dir string) (io.Closer, error) { return nopCloser{}, nil }

type nopCloser struct{}

func (nopCloser) Close() error { return nil }
