// Package bot serves the coverage in Discord: it registers the slash
// commands, answers interactions arriving over the gateway, and renders
// answers as messages within Discord's limits. It reaches the search
// through the small interfaces it declares here, and imports no search
// engine.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

// Searcher answers questions from the current corpus.
type Searcher interface {
	Search(ctx context.Context, q corpus.Query) (*corpus.Answer, error)
	Corpus() *corpus.Corpus
}

// Reloader re-reads the corpus and swaps it in. On a load error it returns
// the error (a *corpus.LoadError for a broken corpus) and the previous
// corpus keeps serving.
type Reloader interface {
	Reload(ctx context.Context) (corpus.Change, error)
}

// Options configure a Bot.
type Options struct {
	Token            string        // bot token, with or without the "Bot " prefix
	AppID            string        // application id; read from READY when empty
	GuildID          string        // register commands to this guild only; globally when empty
	ModeratorRoleIDs []string      // roles allowed to /reload besides Manage Server
	AskCooldown      time.Duration // per-user pause between questions; 0 disables
	APIURL           string        // base URL for every REST call instead of Discord's; "" for Discord
	Searcher         Searcher
	Reloader         Reloader // nil when the corpus is embedded and cannot be reloaded
	Logger           *slog.Logger
}

// Bot is the Discord side of coveragebot.
type Bot struct {
	token      string
	appID      string
	guildID    string
	moderators []string
	search     Searcher
	reload     Reloader
	log        *slog.Logger
	client     *http.Client
	cool       *cooldown
	now        func() time.Time

	directWindow  time.Duration // answer directly when work ends within this; else defer
	searchTimeout time.Duration // deadline of one search
	reloadTimeout time.Duration // deadline of one reload
	readyTimeout  time.Duration // wait for READY after opening the gateway
	drainTimeout  time.Duration // wait for interactions in flight at shutdown
}

// New checks the options and returns a bot ready to Run.
func New(o Options) (*Bot, error) {
	if strings.TrimSpace(o.Token) == "" {
		return nil, errors.New("bot: no token")
	}
	if o.Searcher == nil {
		return nil, errors.New("bot: no searcher")
	}
	client, err := newHTTPClient(o.APIURL)
	if err != nil {
		return nil, err
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	token := strings.TrimSpace(o.Token)
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	return &Bot{
		token:         token,
		appID:         o.AppID,
		guildID:       o.GuildID,
		moderators:    o.ModeratorRoleIDs,
		search:        o.Searcher,
		reload:        o.Reloader,
		log:           log,
		client:        client,
		cool:          &cooldown{every: o.AskCooldown},
		now:           time.Now,
		directWindow:  2 * time.Second,
		searchTimeout: 10 * time.Second,
		reloadTimeout: 5 * time.Minute,
		readyTimeout:  30 * time.Second,
		drainTimeout:  10 * time.Second,
	}, nil
}

// Run connects to the gateway, registers the commands and answers
// interactions until ctx ends; then it closes the gateway, waits briefly for
// answers in flight and returns nil.
func (b *Bot) Run(ctx context.Context) error {
	s, err := discordgo.New(b.token)
	if err != nil {
		return fmt.Errorf("discord session: %w", b.scrubErr(err))
	}
	s.Client = b.client
	s.LogLevel = discordgo.LogWarning
	s.ShouldRetryOnRateLimit = true
	s.MaxRestRetries = 3
	s.StateEnabled = false
	s.Identify.Intents = discordgo.IntentsNone // interactions arrive without intents

	ready := make(chan *discordgo.Ready, 1)
	s.AddHandlerOnce(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
	h := &handler{b: b, ctx: ctx}
	s.AddHandler(h.onInteraction)

	b.log.Info("connecting to Discord")
	if err := s.Open(); err != nil {
		return fmt.Errorf("open gateway: %w", b.scrubErr(err))
	}
	defer func() {
		if err := s.Close(); err != nil {
			b.log.Warn("close gateway", "err", b.scrub(err))
		}
		if !h.drain(b.drainTimeout) {
			b.log.Warn("gave up waiting for interactions in flight", "after", b.drainTimeout)
		}
	}()

	var r *discordgo.Ready
	select {
	case r = <-ready:
	case <-ctx.Done():
		return nil
	case <-time.After(b.readyTimeout):
		return fmt.Errorf("no READY from the gateway within %s", b.readyTimeout)
	}
	appID := b.appID
	if appID == "" && r.Application != nil {
		appID = r.Application.ID
	}
	if appID == "" {
		return errors.New("no application id: set DISCORD_APP_ID")
	}
	log := b.log.With("app", appID)
	if r.User != nil {
		log = log.With("bot_user", r.User.Username)
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, b.guildID, commands(), discordgo.WithContext(ctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("register commands: %w", b.scrubErr(err))
	}
	scope := "global (may take up to an hour to appear)"
	if b.guildID != "" {
		scope = "guild " + b.guildID
	}
	log.Info("ready", "commands", len(cmds), "scope", scope)
	<-ctx.Done()
	log.Info("shutting down")
	return nil
}
