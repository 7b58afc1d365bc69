package bot

import (
	"sync"
	"time"
)

// cooldown spaces out one user's questions. It is the only state the bot
// keeps in memory, and losing it on restart costs nothing.
type cooldown struct {
	every time.Duration // 0 disables

	mu   sync.Mutex
	last map[string]time.Time
}

// maxTracked bounds the memory cooldown uses; past it, expired entries go.
const maxTracked = 10000

// allow reports whether user may ask at now, and otherwise how long to wait.
// An allowed question starts a new pause.
func (c *cooldown) allow(user string, now time.Time) (time.Duration, bool) {
	if c.every <= 0 {
		return 0, true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.last == nil {
		c.last = make(map[string]time.Time)
	}
	if t, ok := c.last[user]; ok {
		if wait := t.Add(c.every).Sub(now); wait > 0 {
			return wait, false
		}
	}
	if len(c.last) >= maxTracked {
		for u, t := range c.last {
			if now.Sub(t) >= c.every {
				delete(c.last, u)
			}
		}
	}
	c.last[user] = now
	return 0, true
}
