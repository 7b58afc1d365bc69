// Package fakediscord is a Discord stand-in on 127.0.0.1 for tests: a REST
// API that records every request and answers the calls the bot makes, and
// a gateway websocket that says HELLO, reads IDENTIFY, sends READY, answers
// heartbeats and pushes the events a test asks for.
package fakediscord

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	Path   string // e.g. /api/v9/interactions/1/tok/callback
	Query  string
	Auth   string // the Authorization header
	Body   []byte
}

// Decode unmarshals the request body into v.
func (r Request) Decode(v any) error { return json.Unmarshal(r.Body, v) }

func (r Request) String() string { return r.Method + " " + r.Path }

// Reply is a canned answer to a request.
type Reply struct {
	Status int
	Body   string
}

// Server is a fake Discord.
type Server struct {
	AppID             string        // sent in READY
	BotUserID         string        // sent in READY
	HeartbeatInterval time.Duration // sent in HELLO

	srv *httptest.Server

	mu        sync.Mutex
	requests  []Request
	changed   chan struct{} // closed and replaced whenever something is recorded
	hook      func(Request) (Reply, bool)
	conn      *websocket.Conn
	identify  []json.RawMessage
	resume    []json.RawMessage
	heartbeat int
	seq       int
	events    []dispatched // every op 0 event sent with Dispatch, for a resume to replay
	writeMu   sync.Mutex
	wsDone    sync.WaitGroup
}

// Start starts a fake Discord on 127.0.0.1.
func Start() *Server {
	s := &Server{AppID: "100000000000000001", BotUserID: "100000000000000002",
		HeartbeatInterval: 2 * time.Second, changed: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("/gateway-ws", s.serveGateway)
	mux.HandleFunc("/gateway-ws/", s.serveGateway) // discordgo adds a slash
	mux.HandleFunc("/", s.serveREST)
	s.srv = httptest.NewServer(mux)
	return s
}

// URL is the base URL to give the bot as its API URL.
func (s *Server) URL() string { return s.srv.URL }

// Close drops the gateway connection and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		c.Close()
	}
	s.wsDone.Wait()
	s.srv.Close()
}

// OnRequest sets a hook consulted before the default answer: when it
// returns true, its Reply is sent instead. Tests use it to fail a call.
func (s *Server) OnRequest(hook func(Request) (Reply, bool)) {
	s.mu.Lock()
	s.hook = hook
	s.mu.Unlock()
}

// Requests returns every REST request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// notify wakes the waiters; s.mu is held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait blocks until cond, checked under the lock, holds or timeout passes.
func (s *Server) wait(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ok, ch := cond(), s.changed
		s.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}

// WaitFor returns the first request, received so far or within timeout,
// for which match is true.
func (s *Server) WaitFor(timeout time.Duration, match func(Request) bool) (Request, error) {
	var found Request
	ok := s.wait(timeout, func() bool {
		for _, r := range s.requests {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	if !ok {
		var seen []string
		for _, r := range s.Requests() {
			seen = append(seen, r.String())
		}
		return Request{}, fmt.Errorf("no matching request within %s; received: %s", timeout, strings.Join(seen, ", "))
	}
	return found, nil
}

// WaitPath waits for a request with this method and path.
func (s *Server) WaitPath(timeout time.Duration, method, path string) (Request, error) {
	return s.WaitFor(timeout, func(r Request) bool { return r.Method == method && r.Path == path })
}

// WaitReady waits until a client has identified and been sent READY.
func (s *Server) WaitReady(timeout time.Duration) error {
	if !s.wait(timeout, func() bool { return s.conn != nil && len(s.identify) > 0 && s.seq > 0 }) {
		return errors.New("no client identified on the gateway")
	}
	return nil
}

// WaitHeartbeats waits until the client has sent n heartbeats.
func (s *Server) WaitHeartbeats(timeout time.Duration, n int) error {
	if !s.wait(timeout, func() bool { return s.heartbeat >= n }) {
		return fmt.Errorf("fewer than %d heartbeats", n)
	}
	return nil
}

// Identify returns the IDENTIFY payloads received, in order.
func (s *Server) Identify() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.identify...)
}

// Resumes returns the RESUME payloads received, in order.
func (s *Server) Resumes() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.resume...)
}

// WaitResumed waits until a client has resumed its session n times and
// been sent RESUMED.
func (s *Server) WaitResumed(timeout time.Duration, n int) error {
	if !s.wait(timeout, func() bool { return s.conn != nil && len(s.resume) >= n }) {
		return fmt.Errorf("fewer than %d resumes", n)
	}
	return nil
}

// DropGateway cuts the gateway connection without a close frame, as a
// network failure does. The client is expected to reconnect and resume.
func (s *Server) DropGateway() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		c.UnderlyingConn().Close()
	}
}

// Connected reports whether a gateway connection is open.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conn != nil
}

// WaitDisconnected waits until the client has closed the gateway.
func (s *Server) WaitDisconnected(timeout time.Duration) error {
	if !s.wait(timeout, func() bool { return s.conn == nil }) {
		return errors.New("gateway still connected")
	}
	return nil
}

// dispatched is an op 0 event as sent.
type dispatched struct {
	seq   int
	frame map[string]any
}

// Dispatch sends an op 0 event with the given type and data. As Discord
// does, the event is sent again when the client resumes from an earlier
// sequence number, so an event written to a connection as it fails is not
// lost.
func (s *Server) Dispatch(typ string, data any) error {
	s.mu.Lock()
	c := s.conn
	s.seq++
	e := dispatched{s.seq, map[string]any{"op": 0, "t": typ, "s": s.seq, "d": data}}
	s.events = append(s.events, e)
	s.mu.Unlock()
	if c == nil {
		return errors.New("no gateway connection")
	}
	return s.write(c, e.frame)
}

// Interact sends an INTERACTION_CREATE event.
func (s *Server) Interact(interaction any) error {
	return s.Dispatch("INTERACTION_CREATE", interaction)
}

func (s *Server) write(c *websocket.Conn, v any) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	_ = c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.WriteJSON(v)
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway speaks the gateway protocol on one websocket connection.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.wsDone.Add(1)
	defer s.wsDone.Done()
	defer c.Close()
	s.mu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.conn = c
	s.notify()
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if s.conn == c {
			s.conn = nil
		}
		s.notify()
		s.mu.Unlock()
	}()
	if s.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": s.HeartbeatInterval.Milliseconds()}}) != nil {
		return
	}
	for {
		_, msg, err := c.ReadMessage()
		if err != nil {
			return
		}
		var frame struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &frame) != nil {
			continue
		}
		switch frame.Op {
		case 1: // heartbeat
			s.mu.Lock()
			s.heartbeat++
			s.notify()
			s.mu.Unlock()
			if s.write(c, map[string]any{"op": 11}) != nil {
				return
			}
		case 2: // identify
			s.mu.Lock()
			s.identify = append(s.identify, frame.D)
			s.seq++
			seq := s.seq
			s.mu.Unlock()
			ready := map[string]any{
				"v": 10, "session_id": "fake-session",
				"user":        map[string]any{"id": s.BotUserID, "username": "coveragebot", "bot": true},
				"application": map[string]any{"id": s.AppID, "flags": 0},
				"guilds":      []any{},
			}
			if s.write(c, map[string]any{"op": 0, "t": "READY", "s": seq, "d": ready}) != nil {
				return
			}
			s.mu.Lock()
			s.notify()
			s.mu.Unlock()
		case 6: // resume: the events after the client's last, then RESUMED
			var resume struct {
				Seq int `json:"seq"`
			}
			_ = json.Unmarshal(frame.D, &resume)
			s.mu.Lock()
			var missed []dispatched
			for _, e := range s.events {
				if e.seq > resume.Seq {
					missed = append(missed, e)
				}
			}
			s.seq++
			seq := s.seq
			s.mu.Unlock()
			for _, e := range missed {
				if s.write(c, e.frame) != nil {
					return
				}
			}
			if s.write(c, map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}}) != nil {
				return
			}
			s.mu.Lock()
			s.resume = append(s.resume, frame.D)
			s.notify()
			s.mu.Unlock()
		}
	}
}

// serveREST records a REST request and answers it as Discord would.
func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := readAll(r)
	req := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Auth: r.Header.Get("Authorization"), Body: body}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	hook := s.hook
	s.notify()
	s.mu.Unlock()
	if hook != nil {
		if rep, ok := hook(req); ok {
			writeJSON(w, rep.Status, rep.Body)
			return
		}
	}
	p := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case r.Method == "GET" && (r.URL.Path == "/api/v9/gateway" || r.URL.Path == "/api/v9/gateway/bot"):
		writeJSON(w, 200, fmt.Sprintf(`{"url":%q}`, "ws://"+r.Host+"/gateway-ws"))
	case r.Method == "PUT" && len(p) >= 5 && p[2] == "applications" && p[len(p)-1] == "commands":
		var cmds []map[string]any
		if json.Unmarshal(body, &cmds) != nil {
			writeJSON(w, 400, `{"message":"Invalid Form Body","code":50035}`)
			return
		}
		for i, c := range cmds {
			c["id"] = fmt.Sprintf("2000000000000000%02d", i)
			c["application_id"] = p[3]
		}
		out, _ := json.Marshal(cmds)
		writeJSON(w, 200, string(out))
	case r.Method == "POST" && len(p) == 6 && p[2] == "interactions" && p[5] == "callback":
		w.WriteHeader(http.StatusNoContent)
	case (r.Method == "PATCH" || r.Method == "GET") && len(p) == 7 && p[2] == "webhooks" && p[5] == "messages":
		writeJSON(w, 200, message(body, p[6]))
	case r.Method == "POST" && len(p) == 5 && p[2] == "webhooks":
		writeJSON(w, 200, message(body, "300000000000000001"))
	default:
		writeJSON(w, 404, `{"message":"404: Not Found","code":0}`)
	}
}

// message turns a webhook body into the message Discord would return.
func message(body []byte, id string) string {
	m := map[string]any{}
	_ = json.Unmarshal(body, &m)
	if id == "@original" {
		id = "300000000000000000"
	}
	m["id"] = id
	m["channel_id"] = "400000000000000000"
	out, _ := json.Marshal(m)
	return string(out)
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

func readAll(r *http.Request) ([]byte, error) {
	defer r.Body.Close()
	return io.ReadAll(r.Body)
}
