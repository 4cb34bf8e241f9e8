// counter_test.go: tests a mutex-guarded counter of another file, with
// goroutines and a WaitGroup, a table of subtests and a context timeout.
package counter

import (
	"context"
	"sync"
	"testing"
	"time"
)

func TestConcurrentInc(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	if got := c.Value(); got != 50 {
		t.Fatalf("Value() = %d, want 50", got)
	}
}

func TestTable(t *testing.T) {
	for _, tc := range []struct {
		name string
		incs int
	}{{"zero", 0}, {"three", 3}, {"ten", 10}} {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			var c Counter
			for i := 0; i < tc.incs; i++ {
				c.Inc()
			}
			if c.Value() != tc.incs {
				t.Errorf("got %d", c.Value())
			}
			t.Logf("%s ok", tc.name)
		})
	}
}

func TestContextTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		t.Log("done:", ctx.Err())
	case <-time.After(time.Second):
		t.Fatal("the timeout did not fire")
	}
}
