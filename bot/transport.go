package bot

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// restTimeout bounds one REST request, retries aside.
const restTimeout = 20 * time.Second

// newHTTPClient returns the client for every REST call. With a base URL,
// each request goes there instead of Discord: operators put a rate-limit
// proxy there, tests a fake Discord.
func newHTTPClient(apiURL string) (*http.Client, error) {
	c := &http.Client{Timeout: restTimeout}
	if apiURL == "" {
		return c, nil
	}
	base, err := url.Parse(apiURL)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("discord api url %q: want an http or https URL", apiURL)
	}
	c.Transport = &rebase{base: base, next: http.DefaultTransport}
	return c, nil
}

// rebase sends each request to base, keeping the path after base's own.
type rebase struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rebase) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.URL.Scheme, r.URL.Host, r.Host = t.base.Scheme, t.base.Host, ""
	prefix := strings.TrimSuffix(t.base.Path, "/")
	r.URL.Path = prefix + req.URL.Path
	if req.URL.RawPath != "" {
		r.URL.RawPath = strings.TrimSuffix(t.base.EscapedPath(), "/") + req.URL.RawPath
	}
	return t.next.RoundTrip(r)
}

// scrub turns an error into text safe for logs: never the token, and never
// a request URL, which for interactions carries the interaction's token.
func (b *Bot) scrub(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	var ue *url.Error
	var rl *discordgo.RateLimitError
	var re *discordgo.RESTError
	switch {
	case errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil:
		msg = strings.Replace(msg, rl.Error(), fmt.Sprintf("rate limited by Discord, retry after %s", rl.RetryAfter), 1)
	case errors.As(err, &re) && re.Response != nil:
		safe := "HTTP " + re.Response.Status
		if re.Message != nil && re.Message.Message != "" {
			safe += ": " + re.Message.Message
		}
		msg = strings.Replace(msg, re.Error(), safe, 1)
	case errors.As(err, &ue):
		msg = strings.Replace(msg, ue.Error(), ue.Op+" request: "+ue.Err.Error(), 1)
	}
	if bare := strings.TrimPrefix(b.token, "Bot "); bare != "" {
		msg = strings.ReplaceAll(msg, bare, "<redacted>")
	}
	return msg
}

// scrubbed is an error whose text went through scrub; it still unwraps to
// the original for errors.Is and errors.As.
type scrubbed struct {
	msg string
	err error
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

// scrubErr wraps err so that its text is safe to print.
func (b *Bot) scrubErr(err error) error {
	if err == nil {
		return nil
	}
	return &scrubbed{msg: b.scrub(err), err: err}
}
