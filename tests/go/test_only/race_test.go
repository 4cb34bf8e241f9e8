// race_test.go: two goroutines increment a captured counter without a
// lock: with --race the test fails as go test -race fails it.
package r

import (
	"sync"
	"testing"
)

func TestRace(t *testing.T) {
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n++
		}()
	}
	wg.Wait()
	t.Log(n > 0)
}

func TestAfter(t *testing.T) {}
