package bot

import (
	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

// Command and option names.
const (
	cmdAsk     = "ask"
	cmdSources = "sources"
	cmdReload  = "reload"
	cmdHelp    = "help"

	optQuestion = "question"
	optSource   = "source"
	optPrivate  = "private"
)

// commands returns the slash commands the bot registers at start.
func commands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	noDM := false
	return []*discordgo.ApplicationCommand{
		{
			Name:        cmdAsk,
			Description: "Ask a question about the news coverage; the answer quotes the articles.",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        optQuestion,
					Description: "Your question, in plain words.",
					Required:    true,
					MaxLength:   corpus.MaxQuestionLen,
				},
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         optSource,
					Description:  "Only this article or outlet.",
					Autocomplete: true,
					MaxLength:    maxChoiceLen,
				},
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        optPrivate,
					Description: "Show the answer to you only.",
				},
			},
		},
		{Name: cmdSources, Description: "List the articles the bot answers from, with links."},
		{Name: cmdHelp, Description: "What the bot knows about and how to ask."},
		{
			Name:                     cmdReload,
			Description:              "Moderators: re-read the articles folder and report what changed.",
			DefaultMemberPermissions: &manageGuild,
			DMPermission:             &noDM,
		},
	}
}

// options holds a slash command's option values by name.
type options map[string]*discordgo.ApplicationCommandInteractionDataOption

func optionsOf(d discordgo.ApplicationCommandInteractionData) options {
	o := options{}
	for _, opt := range d.Options {
		if opt != nil {
			o[opt.Name] = opt
		}
	}
	return o
}

// str returns a string option, "" when absent or of another type.
func (o options) str(name string) string {
	if opt := o[name]; opt != nil {
		if s, ok := opt.Value.(string); ok {
			return s
		}
	}
	return ""
}

// boolean returns a boolean option, false when absent or of another type.
func (o options) boolean(name string) bool {
	if opt := o[name]; opt != nil {
		if b, ok := opt.Value.(bool); ok {
			return b
		}
	}
	return false
}

// focused returns the option being typed in an autocomplete request.
func (o options) focused() *discordgo.ApplicationCommandInteractionDataOption {
	for _, opt := range o {
		if opt.Focused {
			return opt
		}
	}
	return nil
}
