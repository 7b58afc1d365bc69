package fakediscord

import "strconv"

// Member is who interacts: in a guild when the interaction has a guild id,
// else in a direct message.
type Member struct {
	UserID      string
	Roles       []string
	Permissions int64
}

// Option is one slash command option as Discord sends it.
type Option struct {
	Name    string
	Type    int // 3 string, 5 boolean
	Value   any
	Focused bool
}

// String returns a string option.
func String(name, value string) Option { return Option{Name: name, Type: 3, Value: value} }

// Bool returns a boolean option.
func Bool(name string, value bool) Option { return Option{Name: name, Type: 5, Value: value} }

// Typing returns the string option being typed, for autocomplete.
func Typing(name, value string) Option {
	return Option{Name: name, Type: 3, Value: value, Focused: true}
}

// Interaction is the common part of an INTERACTION_CREATE payload.
func (s *Server) interaction(id, token, guildID string, m Member, typ int) map[string]any {
	i := map[string]any{
		"id": id, "token": token, "type": typ, "version": 1,
		"application_id": s.AppID, "channel_id": "400000000000000000", "locale": "en-US",
	}
	user := map[string]any{"id": m.UserID, "username": "user" + m.UserID}
	if guildID != "" {
		roles := m.Roles
		if roles == nil {
			roles = []string{}
		}
		i["guild_id"] = guildID
		i["member"] = map[string]any{"user": user, "roles": roles, "permissions": strconv.FormatInt(m.Permissions, 10)}
	} else {
		i["user"] = user
	}
	return i
}

func optionList(opts []Option) []map[string]any {
	out := []map[string]any{}
	for _, o := range opts {
		m := map[string]any{"name": o.Name, "type": o.Type, "value": o.Value}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

// SlashCommand is a slash command interaction.
func (s *Server) SlashCommand(id, token, guildID string, m Member, name string, opts ...Option) map[string]any {
	i := s.interaction(id, token, guildID, m, 2)
	i["data"] = map[string]any{"id": "200000000000000000", "name": name, "type": 1, "options": optionList(opts)}
	return i
}

// Autocomplete is an autocomplete request while an option is typed.
func (s *Server) Autocomplete(id, token, guildID string, m Member, name string, opts ...Option) map[string]any {
	i := s.interaction(id, token, guildID, m, 4)
	i["data"] = map[string]any{"id": "200000000000000000", "name": name, "type": 1, "options": optionList(opts)}
	return i
}

// ButtonClick is a click on a button with customID on message, which is the
// message as the bot sent it (decoded JSON with embeds and components).
func (s *Server) ButtonClick(id, token, guildID string, m Member, customID string, message map[string]any) map[string]any {
	i := s.interaction(id, token, guildID, m, 3)
	msg := map[string]any{"id": "300000000000000000", "channel_id": "400000000000000000", "content": ""}
	for k, v := range message {
		msg[k] = v
	}
	i["message"] = msg
	i["data"] = map[string]any{"custom_id": customID, "component_type": 2}
	return i
}

// CallbackPath is where the bot answers an interaction first.
func CallbackPath(id, token string) string {
	return "/api/v9/interactions/" + id + "/" + token + "/callback"
}

// OriginalPath is where the bot edits its first answer.
func (s *Server) OriginalPath(token string) string {
	return "/api/v9/webhooks/" + s.AppID + "/" + token + "/messages/@original"
}

// FollowupPath is where the bot sends further messages.
func (s *Server) FollowupPath(token string) string {
	return "/api/v9/webhooks/" + s.AppID + "/" + token
}
