// leak_test.go: a goroutine that sends on an unbuffered channel nobody
// receives after a timeout (a leak go test does not see): conclab test
// fails the test with goleak's report; the test whose sender gets its
// receiver passes.
package bugs

import (
	"testing"
	"time"
)

func fetch(timeout time.Duration) (int, bool) {
	ch := make(chan int) // unbuffered: the sender blocks forever after a timeout
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 42
	}()
	select {
	case v := <-ch:
		return v, true
	case <-time.After(timeout):
		return 0, false
	}
}

func TestFetchTimeout(t *testing.T) {
	if _, ok := fetch(5 * time.Millisecond); ok {
		t.Fatal("expected a timeout")
	}
}

func TestFetchOK(t *testing.T) {
	if v, ok := fetch(time.Second); !ok || v != 42 {
		t.Fatal("expected 42")
	}
}
