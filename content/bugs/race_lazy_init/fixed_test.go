// Fixed kernel race_lazy_init: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs race_lazy_init --fix`).
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type conn struct{ id int32 }

type balancer struct {
	once  sync.Once
	conn  *conn
	dials int32
}

func (b *balancer) get() *conn {
	b.once.Do(func() {
		time.Sleep(time.Millisecond)
		b.conn = &conn{id: atomic.AddInt32(&b.dials, 1)}
	})
	return b.conn
}

func TestBalancerGet(t *testing.T) {
	b := &balancer{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.get()
		}()
	}
	wg.Wait()
	if n := atomic.LoadInt32(&b.dials); n != 1 {
		t.Errorf("dialled %d times, want once", n)
	}
}
