package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
)

// config is every setting the program reads, built from the environment
// (after .env) and then overridden by flags. Defaults live in defaultConfig.
type config struct {
	Token            string        // DISCORD_TOKEN: the bot token; never printed
	AppID            string        // DISCORD_APP_ID: the application id; read from READY when empty
	GuildID          string        // DISCORD_GUILD_ID: register commands to this guild only (instant), else globally
	ModeratorRoleIDs []string      // MODERATOR_ROLE_IDS: comma-separated role ids allowed to /reload
	CorpusDir        string        // CORPUS_DIR: article folder; empty means the embedded articles
	IndexDir         string        // INDEX_DIR: where to persist the index; empty means in memory
	LogLevel         slog.Level    // LOG_LEVEL: debug, info, warn, error
	LogFormat        string        // LOG_FORMAT: text or json
	AskCooldown      time.Duration // ASK_COOLDOWN: per-user pause between /ask, e.g. 5s; 0 disables
	APIURL           string        // DISCORD_API_URL: base URL for every REST call instead of Discord's
}

func defaultConfig() config {
	return config{
		LogLevel:    slog.LevelInfo,
		LogFormat:   "text",
		AskCooldown: 5 * time.Second,
	}
}

// loadConfig reads the environment. It validates what it reads but does not
// require the Discord settings: serve checks those with requireDiscord.
func loadConfig(getenv func(string) string) (config, error) {
	c := defaultConfig()
	var errs []error
	c.Token = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	c.AppID = strings.TrimSpace(getenv("DISCORD_APP_ID"))
	c.GuildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	c.CorpusDir = strings.TrimSpace(getenv("CORPUS_DIR"))
	c.IndexDir = strings.TrimSpace(getenv("INDEX_DIR"))
	c.APIURL = strings.TrimSpace(getenv("DISCORD_API_URL"))
	for _, id := range strings.Split(getenv("MODERATOR_ROLE_IDS"), ",") {
		if id = strings.TrimSpace(id); id != "" {
			c.ModeratorRoleIDs = append(c.ModeratorRoleIDs, id)
		}
	}
	if v := strings.TrimSpace(getenv("LOG_LEVEL")); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			errs = append(errs, fmt.Errorf("LOG_LEVEL %q: want debug, info, warn or error", v))
		}
	}
	if v := strings.TrimSpace(getenv("LOG_FORMAT")); v != "" {
		c.LogFormat = strings.ToLower(v)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("LOG_FORMAT %q: want text or json", c.LogFormat))
	}
	if v := strings.TrimSpace(getenv("ASK_COOLDOWN")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			errs = append(errs, fmt.Errorf("ASK_COOLDOWN %q: want a duration such as 5s, or 0", v))
		}
		c.AskCooldown = d
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("DISCORD_API_URL %q: want an http or https URL", c.APIURL))
		}
	}
	return c, errors.Join(errs...)
}

// requireDiscord reports the settings serve cannot start without.
func (c config) requireDiscord() error {
	if c.Token == "" {
		return errors.New("DISCORD_TOKEN is not set: put the bot token in .env or the environment (see .env.example)")
	}
	return nil
}

// String prints the configuration for logs, with the token redacted.
func (c config) String() string {
	token := ""
	if c.Token != "" {
		token = "<redacted>"
	}
	return fmt.Sprintf("token=%s app_id=%q guild_id=%q moderator_roles=%q corpus_dir=%q index_dir=%q log_level=%s log_format=%s ask_cooldown=%s api_url=%q",
		token, c.AppID, c.GuildID, c.ModeratorRoleIDs, c.CorpusDir, c.IndexDir, c.LogLevel, c.LogFormat, c.AskCooldown, c.APIURL)
}

// LogValue keeps the token out of structured logs too.
func (c config) LogValue() slog.Value { return slog.StringValue(c.String()) }
