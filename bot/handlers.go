package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

// responder is the part of *discordgo.Session that answers interactions.
type responder interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, opts ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, opts ...discordgo.RequestOption) (*discordgo.Message, error)
}

// interactionDeadline is how long Discord waits for the first response.
const interactionDeadline = 3 * time.Second

// handler answers interactions for one run of the bot. It holds the run's
// root context, from which every interaction derives its deadlines, and
// tracks interactions in flight so that shutdown can wait for them.
type handler struct {
	b   *Bot
	ctx context.Context

	mu      sync.Mutex
	closing bool
	wg      sync.WaitGroup
}

// onInteraction is the discordgo handler for INTERACTION_CREATE.
func (h *handler) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	h.handle(s, ic.Interaction)
}

// begin registers an interaction in flight; false once shutting down.
func (h *handler) begin() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing {
		return false
	}
	h.wg.Add(1)
	return true
}

// drain stops new interactions and waits up to d for those in flight.
func (h *handler) drain(d time.Duration) bool {
	h.mu.Lock()
	h.closing = true
	h.mu.Unlock()
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// turn is one interaction being answered.
type turn struct {
	h     *handler
	rest  responder
	i     *discordgo.Interaction
	start time.Time
	log   *slog.Logger
	user  string

	cmd     string // for the log: "ask", "ask:page", "ask:autocomplete", ...
	outcome string // for the log: "answered", "deferred", "refused", "cooldown", "failed", ...
	results int
	err     error
}

// handle answers one interaction and logs one line about it.
func (h *handler) handle(rest responder, i *discordgo.Interaction) {
	if i == nil || !h.begin() {
		return
	}
	defer h.wg.Done()
	t := &turn{h: h, rest: rest, i: i, start: time.Now(), user: userID(i), outcome: "answered"}
	t.cmd = commandName(i)
	t.log = h.b.log.With("cmd", t.cmd, "guild", i.GuildID, "user", t.user, "interaction", i.ID)
	defer func() {
		if r := recover(); r != nil {
			t.outcome, t.err = "failed", fmt.Errorf("panic: %v", r)
		}
		attrs := []any{"results", t.results, "latency", time.Since(t.start).Round(time.Millisecond), "outcome", t.outcome}
		if t.err != nil {
			attrs = append(attrs, "err", h.b.scrub(t.err))
			t.log.Warn("interaction", attrs...)
			return
		}
		t.log.Info("interaction", attrs...)
	}()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		switch t.i.ApplicationCommandData().Name {
		case cmdAsk:
			t.ask()
		case cmdSources:
			t.respond(discordgo.InteractionResponseChannelMessageWithSource, renderSources(h.b.search.Corpus(), 0, t.user))
		case cmdHelp:
			t.respond(discordgo.InteractionResponseChannelMessageWithSource, renderHelp(h.b.search.Corpus(), h.b.reload != nil))
		case cmdReload:
			t.reload()
		default:
			t.note("refused", "I don't know that command any more; it may have been removed.")
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		t.autocomplete()
	case discordgo.InteractionMessageComponent:
		t.page()
	default:
		t.outcome = "ignored"
	}
}

func commandName(i *discordgo.Interaction) string {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		return i.ApplicationCommandData().Name
	case discordgo.InteractionApplicationCommandAutocomplete:
		return i.ApplicationCommandData().Name + ":autocomplete"
	case discordgo.InteractionMessageComponent:
		id, err := parsePageID(i.MessageComponentData().CustomID)
		switch {
		case err != nil:
			return "button"
		case id.Kind == pageSources:
			return cmdSources + ":page"
		}
		return cmdAsk + ":page"
	}
	return i.Type.String()
}

// userID returns who interacted, in a guild or in a DM.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// ask answers /ask.
func (t *turn) ask() {
	b := t.h.b
	o := optionsOf(t.i.ApplicationCommandData())
	q := corpus.Query{Text: normalizeSpace(o.str(optQuestion)), Limit: pageSize}
	if err := q.Validate(); err != nil {
		switch {
		case errors.Is(err, corpus.ErrQuestionTooLong):
			t.note("refused", fmt.Sprintf("That question is too long: please keep it under %d characters.", corpus.MaxQuestionLen))
		default:
			t.note("refused", "Please type a question after /ask, in plain words: for example, who announced the tariffs?")
		}
		return
	}
	source := normalizeSpace(o.str(optSource))
	if source != "" {
		canon, ok := matchSource(b.search.Corpus(), source)
		if !ok {
			t.note("refused", "I don't know a source called "+fitEscaped(source, 100)+". Pick one from the list as you type, or see /sources.")
			return
		}
		source = canon
		narrow(&q, b.search.Corpus(), source)
	}
	if wait, ok := b.cool.allow(t.user, b.now()); !ok {
		t.note("cooldown", fmt.Sprintf("You're asking quickly! Please wait %s before the next question.", roundUp(wait)))
		return
	}
	private := o.boolean(optPrivate)
	t.answerInTime(false, flags(private), b.searchTimeout, func(ctx context.Context) reply {
		a, err := b.search.Search(ctx, q)
		if err != nil {
			return failed(err, "searching")
		}
		return reply{data: renderAnswer(askView{Question: q.Text, Source: source, UserID: t.user, Answer: a, Private: private}), results: len(a.Results)}
	})
}

// page answers a click on a paging button.
func (t *turn) page() {
	b := t.h.b
	id, err := parsePageID(t.i.MessageComponentData().CustomID)
	if err != nil {
		t.note("refused", "This button no longer works. Ask again with /ask.")
		return
	}
	if id.UserID != t.user {
		t.note("refused", "Only the person who asked can page through this answer. Ask your own with /ask.")
		return
	}
	if id.Kind == pageSources {
		d := renderSources(b.search.Corpus(), id.Offset, t.user)
		d.Flags = 0
		t.respond(discordgo.InteractionResponseUpdateMessage, d)
		return
	}
	question, ok := questionFromMessage(t.i.Message)
	if !ok {
		t.note("refused", "I can't read the question on this message any more. Ask again with /ask.")
		return
	}
	q := corpus.Query{Text: question, Limit: pageSize, Offset: id.Offset}
	narrow(&q, b.search.Corpus(), id.Source)
	t.answerInTime(true, 0, b.searchTimeout, func(ctx context.Context) reply {
		a, err := b.search.Search(ctx, q)
		if err != nil {
			return failed(err, "searching")
		}
		d := renderAnswer(askView{Question: question, Source: id.Source, UserID: t.user, Offset: id.Offset, Answer: a})
		return reply{data: d, results: len(a.Results)}
	})
}

// autocomplete offers sources as the member types.
func (t *turn) autocomplete() {
	o := optionsOf(t.i.ApplicationCommandData())
	typed := ""
	if f := o.focused(); f != nil {
		typed, _ = f.Value.(string)
	}
	choices := sourceChoices(t.h.b.search.Corpus(), typed)
	t.results = len(choices)
	t.respond(discordgo.InteractionApplicationCommandAutocompleteResult, &discordgo.InteractionResponseData{Choices: choices})
}

// reload answers /reload: moderators only.
func (t *turn) reload() {
	b := t.h.b
	if !isModerator(t.i.Member, b.moderators) {
		t.note("refused", "Only moderators can reload the articles.")
		return
	}
	if b.reload == nil {
		t.respond(discordgo.InteractionResponseChannelMessageWithSource, renderReload(reloadView{Embedded: true}))
		return
	}
	t.answerInTime(false, discordgo.MessageFlagsEphemeral, b.reloadTimeout, func(ctx context.Context) reply {
		ch, err := b.reload.Reload(ctx)
		r := reply{data: renderReload(reloadView{Change: ch, Err: err}), results: ch.Articles}
		var le *corpus.LoadError
		switch {
		case errors.As(err, &le):
			t.log.Warn("reload refused a broken corpus", "problems", len(le.Problems))
		case err != nil:
			r.err = err
		default:
			t.log.Info("reloaded", "articles", ch.Articles, "passages", ch.Passages,
				"added", len(ch.Added), "removed", len(ch.Removed), "changed", len(ch.Changed), "warnings", len(ch.Warnings))
		}
		return r
	})
}

// isModerator reports whether a member may /reload: they hold Manage
// Server (or Administrator), or one of the moderator roles. Outside a guild
// nobody is.
func isModerator(m *discordgo.Member, roles []string) bool {
	if m == nil {
		return false
	}
	if m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 {
		return true
	}
	for _, r := range m.Roles {
		if slices.Contains(roles, r) {
			return true
		}
	}
	return false
}

// reply is what slow work produced.
type reply struct {
	data    *discordgo.InteractionResponseData
	note    bool // a private note (an error) rather than the answer
	results int
	err     error
}

// failed turns an error into a friendly private note; the error goes to
// the log.
func failed(err error, doing string) reply {
	msg := "Something went wrong while " + doing + ". Please try again in a moment."
	if errors.Is(err, context.DeadlineExceeded) {
		msg = "That took too long, sorry. Please try again, perhaps with fewer words."
	}
	return reply{data: renderNote(msg), note: true, err: err}
}

// answerInTime runs work and sends what it returns: directly when it is
// ready within the bot's direct window, else after a deferred response.
// update says the interaction is a button click whose message is replaced;
// deferFlags are the flags of the deferred response (EPHEMERAL or 0).
func (t *turn) answerInTime(update bool, deferFlags discordgo.MessageFlags, timeout time.Duration, work func(context.Context) reply) {
	ctx, cancel := context.WithTimeout(t.h.ctx, timeout)
	defer cancel()
	done := make(chan reply, 1)
	go func() { done <- work(ctx) }()
	direct := discordgo.InteractionResponseChannelMessageWithSource
	deferred := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: deferFlags, AllowedMentions: noMentions()}}
	if update {
		direct = discordgo.InteractionResponseUpdateMessage
		deferred = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	timer := time.NewTimer(t.h.b.directWindow - time.Since(t.start))
	defer timer.Stop()
	select {
	case r := <-done:
		t.record(r)
		if r.note {
			direct = discordgo.InteractionResponseChannelMessageWithSource
		}
		t.respond(direct, r.data)
		return
	case <-timer.C:
	}
	t.outcome = "deferred"
	if err := t.callback(deferred); err != nil {
		t.outcome, t.err = "failed", fmt.Errorf("defer: %w", err)
		return
	}
	r := <-done
	t.record(r)
	if r.note && update {
		t.followup(r.data)
		return
	}
	t.edit(r.data)
}

func (t *turn) record(r reply) {
	t.results = r.results
	if r.err != nil {
		t.outcome, t.err = "failed", r.err
	}
}

// note answers with a short private note.
func (t *turn) note(outcome, text string) {
	t.outcome = outcome
	t.respond(discordgo.InteractionResponseChannelMessageWithSource, renderNote(text))
}

// respond sends the first response.
func (t *turn) respond(typ discordgo.InteractionResponseType, d *discordgo.InteractionResponseData) {
	if err := t.callback(&discordgo.InteractionResponse{Type: typ, Data: d}); err != nil {
		t.outcome, t.err = "failed", fmt.Errorf("respond: %w", err)
	}
}

// callback sends the first response, retrying a rate limit or a server
// error while the interaction's 3 s are not over. discordgo's own wait on
// a rate limit is turned off here because it could outlast them.
func (t *turn) callback(resp *discordgo.InteractionResponse) error {
	deadline := t.start.Add(interactionDeadline)
	ctx, cancel := context.WithDeadline(context.WithoutCancel(t.h.ctx), deadline.Add(time.Second))
	defer cancel()
	for attempt := 0; ; attempt++ {
		err := t.rest.InteractionRespond(t.i, resp, discordgo.WithRetryOnRatelimit(false), discordgo.WithContext(ctx))
		if err == nil {
			return nil
		}
		wait, ok := retryAfter(err, attempt)
		if !ok || attempt >= 3 || time.Now().Add(wait).After(deadline) {
			return err
		}
		t.log.Debug("retrying interaction response", "attempt", attempt+1, "wait", wait, "err", t.h.b.scrub(err))
		time.Sleep(wait)
	}
}

// retryAfter says whether a failed request is worth repeating, and when.
func retryAfter(err error, attempt int) (time.Duration, bool) {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.TooManyRequests != nil {
		return rl.RetryAfter, true
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode >= http.StatusInternalServerError {
		return time.Duration(100<<attempt) * time.Millisecond, true
	}
	return 0, false
}

// restContext bounds a REST call made after the first response. It is not
// cancelled with the root context, so an answer in flight at shutdown
// still lands.
func (t *turn) restContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(t.h.ctx), 30*time.Second)
}

// edit replaces the deferred response with the answer.
func (t *turn) edit(d *discordgo.InteractionResponseData) {
	ctx, cancel := t.restContext()
	defer cancel()
	e := &discordgo.WebhookEdit{Content: &d.Content, Embeds: &d.Embeds, Components: &d.Components, AllowedMentions: noMentions()}
	if d.Embeds == nil {
		e.Embeds = &[]*discordgo.MessageEmbed{}
	}
	if d.Components == nil {
		e.Components = &[]discordgo.MessageComponent{}
	}
	if _, err := t.rest.InteractionResponseEdit(t.i, e, discordgo.WithContext(ctx)); err != nil {
		t.outcome, t.err = "failed", fmt.Errorf("edit response: %w", err)
	}
}

// followup sends a further, private message.
func (t *turn) followup(d *discordgo.InteractionResponseData) {
	ctx, cancel := t.restContext()
	defer cancel()
	p := &discordgo.WebhookParams{Content: d.Content, Embeds: d.Embeds, Components: d.Components,
		AllowedMentions: noMentions(), Flags: discordgo.MessageFlagsEphemeral}
	if _, err := t.rest.FollowupMessageCreate(t.i, true, p, discordgo.WithContext(ctx)); err != nil {
		t.outcome, t.err = "failed", fmt.Errorf("followup: %w", err)
	}
}

// roundUp shows a wait in whole seconds, at least one.
func roundUp(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	if s <= 1 {
		return "a second"
	}
	return fmt.Sprintf("%d seconds", s)
}
