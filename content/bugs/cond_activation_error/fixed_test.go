// Fixed kernel cond_activation_error: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs cond_activation_error --fix`).
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

func (p *plugin) waitActive() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.manifest == "" && p.activateErr == nil {
		p.cond.Wait()
	}
	return p.activateErr
}

func TestPluginWaitBadPlugin(t *testing.T) {
	p := &plugin{}
	p.cond = sync.NewCond(&p.mu)
	var ready int32
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond)
		atomic.StoreInt32(&ready, 1)
	}()
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond)
		p.activate(&ready)
	}()
	err := p.waitActive()
	wg.Wait()
	if err == nil && p.manifest == "" {
		t.Error("waitActive returned with neither a manifest nor an error")
	}
}
