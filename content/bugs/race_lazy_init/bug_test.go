// Bug kernel race_lazy_init (data race on a shared struct field or map),
// modelled on class: lazy init (gRPC-Go, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs race_lazy_init`.
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type conn struct{ id int32 }

type balancer struct {
	conn  *conn
	dials int32
}

func (b *balancer) get() *conn {
	if b.conn == nil { // check...
		time.Sleep(time.Millisecond)                     // dial
		b.conn = &conn{id: atomic.AddInt32(&b.dials, 1)} // ...then act: the bug
	}
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
