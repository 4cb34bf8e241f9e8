// Bug kernel cond_lost_wakeup (sync.Cond.Wait without a (correct) loop, Cond
// misuse), modelled on class: moby#29733.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs cond_lost_wakeup`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type plugin struct {
	mu        sync.Mutex
	cond      *sync.Cond
	activated bool
}

func (p *plugin) activate() {
	p.mu.Lock()
	p.activated = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *plugin) isActivated() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.activated
}

func (p *plugin) waitActive() {
	if p.isActivated() {
		return
	}
	time.Sleep(time.Millisecond) // look up the handler
	p.mu.Lock()
	p.cond.Wait() // no re-check under the lock: the bug
	p.mu.Unlock()
}

func TestPluginWaitActive(t *testing.T) {
	p := &plugin{}
	p.cond = sync.NewCond(&p.mu)
	done := make(chan struct{})
	go func() {
		p.waitActive()
		close(done)
	}()
	time.Sleep(time.Millisecond)
	p.activate()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("waitActive missed the activation and waits forever")
	}
}
