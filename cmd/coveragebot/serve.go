package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/bot"
	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/search"
)

// runServe runs the Discord bot until ctx ends.
func runServe(ctx context.Context, e *env, args []string) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	fs := newFlagSet(e, "serve", "[--corpus DIR]")
	corpusFlag(fs, &cfg)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("serve takes no arguments, got %q", fs.Args())
	}
	if err := cfg.requireDiscord(); err != nil {
		return err
	}
	log := newLogger(e.stderr, cfg)
	routeDiscordgoLogs(log, cfg.Token)
	log.Info("starting coveragebot", "version", version(), "config", cfg)

	ix, err := openIndex(ctx, cfg, log)
	if err != nil {
		return fmt.Errorf("load the articles: %w", err)
	}
	defer func() {
		if err := ix.Close(); err != nil {
			log.Warn("close index", "err", err)
		}
	}()
	c := ix.Corpus()
	log.Info("articles indexed", "source", c.Source, "articles", len(c.Articles), "passages", c.PassageCount(), "warnings", len(c.Warnings))

	var reloader bot.Reloader // nil with the embedded articles: there is nothing to re-read
	if cfg.CorpusDir != "" {
		reloader = dirReloader{ix: ix, dir: cfg.CorpusDir}
	}
	b, err := bot.New(bot.Options{
		Token:            cfg.Token,
		AppID:            cfg.AppID,
		GuildID:          cfg.GuildID,
		ModeratorRoleIDs: cfg.ModeratorRoleIDs,
		AskCooldown:      cfg.AskCooldown,
		APIURL:           cfg.APIURL,
		Searcher:         ix,
		Reloader:         reloader,
		Logger:           log,
	})
	if err != nil {
		return err
	}
	if err := b.Run(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}

// dirReloader re-reads the articles folder into the index for /reload.
type dirReloader struct {
	ix  *search.Index
	dir string
}

func (r dirReloader) Reload(ctx context.Context) (corpus.Change, error) {
	return r.ix.Reload(ctx, func() (*corpus.Corpus, error) { return loadCorpus(r.dir) })
}

// discordgo logs through one package-level hook, discordgo.Logger, and
// otherwise prints to the standard logger. serve installs the hook once per
// process and points it at the logger of the current run, so discordgo's
// messages join the program's structured log.
var discordgoLog struct {
	once sync.Once
	to   atomic.Pointer[func(msgL, caller int, format string, a ...any)]
}

func routeDiscordgoLogs(log *slog.Logger, token string) {
	f := bot.DiscordgoLogger(log, token)
	discordgoLog.to.Store(&f)
	discordgoLog.once.Do(func() {
		discordgo.Logger = func(msgL, caller int, format string, a ...any) {
			if f := discordgoLog.to.Load(); f != nil {
				(*f)(msgL, caller+1, format, a...)
			}
		}
	})
}
