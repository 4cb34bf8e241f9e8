// Bug kernel select_default_drop (select with a blocked or dropping default
// path), modelled on class: non-blocking notify (Kubernetes, etcd).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs select_default_drop`.
package bugs

import (
	"testing"
	"time"
)

type resyncer struct {
	kick chan struct{}
}

func (r *resyncer) notify() {
	select {
	case r.kick <- struct{}{}:
	default: // worker not ready: the kick is lost, the bug
	}
}

func TestResyncKick(t *testing.T) {
	r := &resyncer{kick: make(chan struct{})}
	done := make(chan struct{})
	go func() {
		time.Sleep(time.Millisecond) // warm the cache
		<-r.kick
		close(done)
	}()
	time.Sleep(time.Millisecond)
	r.notify()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("the kick was dropped by the default branch; the worker waits forever")
	}
}
