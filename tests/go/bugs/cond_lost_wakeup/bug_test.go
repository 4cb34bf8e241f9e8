// Bug kernel cond_lost_wakeup (class: sync.Cond.Wait without a loop under
// the lock; a lost wakeup).
// Modelled on the class of moby#29733 (pkg/plugins waitActive): waiters on
// a plugin's activation condition could wait forever when the state they
// waited for had been set, and signalled, at the wrong moment. Here the
// waiter tests the flag without holding the lock and only then locks and
// Waits, with no loop around Wait.
// Breaking schedule: the activator sets the flag and Broadcasts between the
// waiter's unlocked check and its Wait; the wakeup is lost.
// Shows as: a waiter blocked forever in Cond.Wait (watchdog fails the test)
// on the runs where the activation falls in that window.
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
