// Bug kernel race_lazy_init (class: data race on a shared struct field,
// check-then-act initialisation).
// Modelled on the class of lazy-initialisation races reported in gRPC-Go and
// Kubernetes clients: the first caller to find a nil field creates the
// shared object (a connection, a codec), with no lock, so two first callers
// can both create one.
// Breaking schedule: two callers both see the field nil before either
// stores it.
// Shows as: a race report under -race; a failed assertion (two
// initialisations) on the runs where both callers pass the check.
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
