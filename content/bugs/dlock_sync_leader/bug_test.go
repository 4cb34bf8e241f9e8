// Bug kernel dlock_sync_leader (double lock through a method call / lock
// kept on a return), modelled on etcd#6708.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs dlock_sync_leader`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type clusterClient struct {
	mu        sync.RWMutex
	endpoints []string
	pinned    int
}

// Do sends a request to the pinned endpoint.
func (c *clusterClient) Do(req string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.endpoints[c.pinned] + ":" + req
}

func (c *clusterClient) getLeaderEndpoint() int {
	_ = c.Do("leader")
	return len(c.endpoints) - 1
}

// Sync installs a new endpoint list and pins the leader.
func (c *clusterClient) Sync(eps []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(eps) == len(c.endpoints) {
		return // fast exit: nothing changed
	}
	c.endpoints = eps
	c.pinned = c.getLeaderEndpoint() // Do takes c.mu again: the bug
}

type members struct {
	mu   sync.Mutex
	list []string
}

func (m *members) get() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.list
}

func TestSyncPinLeader(t *testing.T) {
	m := &members{list: []string{"a", "b"}}
	c := &clusterClient{endpoints: []string{"a", "b"}}
	go func() {
		time.Sleep(time.Millisecond)
		m.mu.Lock()
		m.list = []string{"a", "b", "c"}
		m.mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
	done := make(chan struct{})
	go func() {
		c.Sync(m.get())
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("deadlock: Sync holds the write lock and Do asks for the read lock")
	}
}
