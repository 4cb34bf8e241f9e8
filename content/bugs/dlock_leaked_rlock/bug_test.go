// Bug kernel dlock_leaked_rlock (double lock through a method call / lock
// kept on a return), modelled on etcd#5509.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs dlock_leaked_rlock`.
package bugs

import (
	"errors"
	"sync"
	"testing"
	"time"
)

var errNoConn = errors.New("no connection")

type client struct {
	mu   sync.RWMutex
	conn *int
}

// acquire returns nil holding c.mu.RLock; release must follow.
func (c *client) acquire() error {
	c.mu.RLock()
	if c.conn == nil {
		return errNoConn // the read lock is still held: the bug
	}
	return nil
}

func (c *client) release() { c.mu.RUnlock() }

func (c *client) get() error {
	if err := c.acquire(); err != nil {
		return err
	}
	defer c.release()
	return nil
}

func (c *client) reconnect() {
	c.mu.Lock()
	c.conn = nil
	c.mu.Unlock()
	time.Sleep(2 * time.Millisecond)
	c.mu.Lock()
	v := 1
	c.conn = &v
	c.mu.Unlock()
}

func (c *client) Close() {
	c.mu.Lock()
	c.conn = nil
	c.mu.Unlock()
}

func TestGetErrConnClosed(t *testing.T) {
	v := 1
	c := &client{conn: &v}
	go c.reconnect()
	time.Sleep(time.Millisecond)
	_ = c.get()
	done := make(chan struct{})
	go func() {
		c.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("deadlock: Close waits for a read lock leaked by acquire")
	}
}
