// Fixed kernel cond_lost_wakeup: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs cond_lost_wakeup --fix`).
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

func (p *plugin) waitActive() {
	time.Sleep(time.Millisecond)
	p.mu.Lock()
	for !p.activated {
		p.cond.Wait()
	}
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
	<-done
}
