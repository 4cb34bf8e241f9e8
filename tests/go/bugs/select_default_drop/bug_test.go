// Bug kernel select_default_drop (class: select with a default path that
// drops a needed message).
// Modelled on the class of "non-blocking notify" bugs in Kubernetes and etcd
// controllers: a notifier does select { case ch <- x: default: } on an
// unbuffered channel, meaning "wake the worker if it is waiting", but the
// worker waits for exactly that one wakeup.
// Breaking schedule: the notification comes while the worker is still
// setting up, not yet receiving; the default branch drops it.
// Shows as: the worker waits forever (watchdog fails the test) on the runs
// where the notifier is early.
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
