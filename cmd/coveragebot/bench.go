package main

import (
	"context"
	"errors"
)

// runBench measures build, query and reload speed.
func runBench(ctx context.Context, e *env, args []string) error {
	return errors.New("bench: not built yet")
}
