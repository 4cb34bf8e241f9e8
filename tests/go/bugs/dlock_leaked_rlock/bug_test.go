// Bug kernel dlock_leaked_rlock (class: double lock, a lock left held on an
// early-return path).
// Modelled on: etcd#5509 (clientv3). acquire() returned holding
// client.mu.RLock on success, but also returned with the read lock still
// held on a failure path; after that, Close (and the reconnect loop) blocked
// forever waiting for the write lock.
// Breaking schedule: a request arrives while the connection monitor has
// dropped the connection; acquire fails and leaks the read lock; Close then
// never gets the write lock.
// Shows as: a deadlock of Close (watchdog fails the test) on the runs where
// the request falls in the reconnect gap (the sleeps put it there almost
// always).
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
