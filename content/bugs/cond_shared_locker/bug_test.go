// Bug kernel cond_shared_locker (sync.Cond.Wait without a (correct) loop,
// Cond misuse), modelled on kubernetes#11298.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs cond_shared_locker`.
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
