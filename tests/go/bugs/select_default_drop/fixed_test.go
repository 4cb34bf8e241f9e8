// Fixed kernel select_default_drop (see bug_test.go).
// The fix: the kick channel has a buffer of one. A kick is then remembered
// until the worker takes it, and the default branch only drops kicks that
// would be redundant (one is already pending).
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
	default: // a kick is already pending
	}
}

func TestResyncKick(t *testing.T) {
	r := &resyncer{kick: make(chan struct{}, 1)}
	done := make(chan struct{})
	go func() {
		time.Sleep(time.Millisecond)
		<-r.kick
		close(done)
	}()
	time.Sleep(time.Millisecond)
	r.notify()
	r.notify()
	<-done
}
