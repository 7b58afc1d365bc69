// Command coveragebot answers questions about a body of news coverage, in
// Discord (serve) or in the terminal (ask).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	// A missing .env is fine, and the real environment wins over it.
	_ = godotenv.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(os.Stderr, "coveragebot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// env is what a subcommand may touch of the outside world. Tests build one
// with a fake getenv and buffers.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// run is the whole program: main only wires the process to it.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageErrorf("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(ctx, e, rest)
	case "check":
		return runCheck(ctx, e, rest)
	case "sources":
		return runSources(ctx, e, rest)
	case "serve":
		return runServe(ctx, e, rest)
	case "bench":
		return runBench(ctx, e, rest)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "coveragebot", version())
		return nil
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageErrorf("unknown command %q", cmd)
	}
}

const usage = `coveragebot answers questions about news coverage, in Discord or in the terminal.

Usage:
  coveragebot ask [--json] [--limit N] [--source ID] QUESTION...   answer a question ("-" reads one per line from stdin)
  coveragebot check [DIR]                                         validate a corpus folder before /reload
  coveragebot sources [--json]                                    list the articles
  coveragebot serve                                               run the Discord bot (needs DISCORD_TOKEN)
  coveragebot bench [--articles N] [--queries M] [--json]         measure build, query and reload speed
  coveragebot version                                             print the version
  coveragebot help                                                print this help

Without CORPUS_DIR or --corpus the five articles built into the binary are used.
Settings come from flags, then the environment, then a .env file; see .env.example.
`

// errSilent marks an error whose message was already printed.
var errSilent = errors.New("silent")

// exitError carries the process exit status for an error.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports bad command-line input: exit status 2.
func usageErrorf(format string, a ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, a...)}
}

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 1
}

// newFlagSet returns a flag set that reports errors to stderr and returns
// them instead of exiting.
func newFlagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: coveragebot %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning a bad flag into a usage error (exit 2)
// and -h into a clean exit.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &exitError{code: 2, err: errSilent}
	}
	return nil
}

// corpusFlag adds --corpus, which overrides CORPUS_DIR for one command.
func corpusFlag(fs *flag.FlagSet, cfg *config) {
	fs.StringVar(&cfg.CorpusDir, "corpus", cfg.CorpusDir, "article folder (default: CORPUS_DIR, else the embedded articles)")
}
