// Fixed kernel select_default_drop: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs select_default_drop --fix`).
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
