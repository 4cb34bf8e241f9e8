// Bug kernel cond_activation_error (sync.Cond.Wait without a (correct) loop,
// Cond misuse), modelled on moby#30408.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs cond_activation_error`.
package bugs

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type plugin struct {
	mu          sync.Mutex
	cond        *sync.Cond
	manifest    string
	activateErr error
}

func (p *plugin) activate(ready *int32) {
	p.mu.Lock()
	if atomic.LoadInt32(ready) == 1 {
		p.manifest = "volumedriver"
	} else {
		p.activateErr = errors.New("socket not ready")
	}
	p.mu.Unlock()
	p.cond.Broadcast()
}

// waitActive waits for a manifest; it ignores activateErr: the bug.
func (p *plugin) waitActive() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.manifest == "" {
		p.cond.Wait()
	}
	return p.activateErr
}

func TestPluginWaitBadPlugin(t *testing.T) {
	p := &plugin{}
	p.cond = sync.NewCond(&p.mu)
	var ready int32
	go func() {
		time.Sleep(time.Millisecond)
		atomic.StoreInt32(&ready, 1)
	}()
	go func() {
		time.Sleep(time.Millisecond)
		p.activate(&ready)
	}()
	done := make(chan error)
	go func() { done <- p.waitActive() }()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("waitActive waits forever after a failed activation")
	}
}
