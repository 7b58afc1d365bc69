package main

import (
	"context"
	"errors"
)

// runServe runs the Discord bot until ctx ends.
func runServe(ctx context.Context, e *env, args []string) error {
	return errors.New("serve: not built yet")
}
