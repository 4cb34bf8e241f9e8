// Bug kernel cond_shared_locker (class: sync.Cond misuse, the Cond's locker
// held across a channel receive).
// Modelled on: kubernetes#11298 (contrib/mesos election notifier). The
// notifier's condition variable used the notifier's own lock as its Locker;
// the service loop held that lock while it waited for changes, and Notify
// tried to take the same lock before calling Signal: a deadlock.
// Breaking schedule: the service loop takes the lock before Notify does;
// the loop then waits on the change channel holding the lock, and Notify
// waits for the lock before it can send.
// Shows as: a deadlock (watchdog fails the test) on the runs where the loop
// starts first.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type notifier struct {
	lock    sync.Mutex
	node    *sync.Cond // uses &lock as its Locker: the bug
	changed chan struct{}
	handled int
}

func newNotifier() *notifier {
	n := &notifier{changed: make(chan struct{})}
	n.node = sync.NewCond(&n.lock)
	return n
}

// serviceLoop handles one change, holding n.lock while it waits.
func (n *notifier) serviceLoop() {
	n.lock.Lock()
	defer n.lock.Unlock()
	<-n.changed
	n.handled++
}

func (n *notifier) Notify() {
	n.lock.Lock()
	n.node.Signal()
	n.lock.Unlock()
	n.changed <- struct{}{}
}

func TestElectionNotify(t *testing.T) {
	n := newNotifier()
	loop := make(chan struct{})
	go func() {
		n.serviceLoop()
		close(loop)
	}()
	notified := make(chan struct{})
	go func() {
		n.Notify()
		close(notified)
	}()
	for _, c := range []chan struct{}{loop, notified} {
		select {
		case <-c:
		case <-time.After(100 * time.Millisecond):
			t.Fatal("deadlock: the loop holds the Cond's lock while Notify waits for it")
		}
	}
}
