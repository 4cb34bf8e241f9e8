// Fixed kernel dlock_leaked_rlock: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs dlock_leaked_rlock --fix`).
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

func (c *client) acquire() error {
	c.mu.RLock()
	if c.conn == nil {
		c.mu.RUnlock()
		return errNoConn
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
	done := make(chan struct{})
	go func() {
		c.reconnect()
		close(done)
	}()
	time.Sleep(time.Millisecond)
	_ = c.get()
	<-done
	c.Close()
	if c.get() != errNoConn {
		t.Error("get after Close should fail")
	}
}
