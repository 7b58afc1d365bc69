package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// DiscordgoLogger returns a function for discordgo.Logger that writes
// discordgo's own messages to log, at matching levels, with the token
// removed should a message ever carry it.
func DiscordgoLogger(log *slog.Logger, token string) func(msgL, caller int, format string, a ...any) {
	bare := strings.TrimPrefix(strings.TrimSpace(token), "Bot ")
	log = log.With("from", "discordgo")
	return func(msgL, _ int, format string, a ...any) {
		level := slog.LevelDebug
		switch msgL {
		case discordgo.LogError:
			level = slog.LevelError
		case discordgo.LogWarning:
			level = slog.LevelWarn
		case discordgo.LogInformational:
			level = slog.LevelInfo
		}
		if !log.Enabled(context.TODO(), level) {
			return
		}
		msg := strings.TrimSpace(fmt.Sprintf(format, a...))
		if bare != "" {
			msg = strings.ReplaceAll(msg, bare, "<redacted>")
		}
		log.Log(context.TODO(), level, msg)
	}
}
