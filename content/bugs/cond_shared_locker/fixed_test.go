// Fixed kernel cond_shared_locker: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs cond_shared_locker --fix`).
package bugs

import (
	"sync"
	"testing"
)

type notifier struct {
	lock    sync.Mutex
	condMu  sync.Mutex
	node    *sync.Cond // uses &condMu
	changed chan struct{}
	handled int
}

func newNotifier() *notifier {
	n := &notifier{changed: make(chan struct{})}
	n.node = sync.NewCond(&n.condMu)
	return n
}

func (n *notifier) serviceLoop() {
	n.lock.Lock()
	defer n.lock.Unlock()
	<-n.changed
	n.handled++
}

func (n *notifier) Notify() {
	n.condMu.Lock()
	n.node.Signal()
	n.condMu.Unlock()
	n.changed <- struct{}{}
}

func TestElectionNotify(t *testing.T) {
	n := newNotifier()
	loop := make(chan struct{})
	go func() {
		n.serviceLoop()
		close(loop)
	}()
	n.Notify()
	<-loop
	if n.handled != 1 {
		t.Errorf("handled %d changes, want 1", n.handled)
	}
}
