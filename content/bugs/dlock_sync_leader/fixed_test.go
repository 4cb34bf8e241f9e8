// Fixed kernel dlock_sync_leader: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs dlock_sync_leader --fix`).
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

func (c *clusterClient) Do(req string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.doLocked(req)
}

// doLocked sends a request; the caller holds c.mu (read or write).
func (c *clusterClient) doLocked(req string) string {
	return c.endpoints[c.pinned] + ":" + req
}

func (c *clusterClient) pinLeaderLocked() int {
	_ = c.doLocked("leader")
	return len(c.endpoints) - 1
}

func (c *clusterClient) Sync(eps []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(eps) == len(c.endpoints) {
		return
	}
	c.endpoints = eps
	c.pinned = c.pinLeaderLocked()
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
	changed := make(chan struct{})
	go func() {
		defer close(changed)
		time.Sleep(time.Millisecond)
		m.mu.Lock()
		m.list = []string{"a", "b", "c"}
		m.mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
	c.Sync(m.get())
	<-changed
	c.Sync(m.get())
	if got := c.Do("get"); got != "c:get" {
		t.Errorf("pinned %q, want the leader c", got)
	}
}
