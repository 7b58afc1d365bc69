//go:build !linux

package main

import "time"

// threadCPUTime is only known on Linux.
func threadCPUTime() (time.Duration, bool) { return 0, false }
