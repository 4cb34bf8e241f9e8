// Bug kernel early_return_validate (class: unbuffered done channel with an
// early return).
// Modelled on the class of request handlers in Kubernetes and etcd that
// start a background goroutine (prefetch, audit, lookup) reporting on an
// unbuffered channel, then validate the request and return early on a bad
// one without ever receiving the goroutine's result.
// Breaking schedule: every request that fails validation; here the request
// is invalid when a concurrent config change lands first, so only some runs
// leak.
// Shows as: a leak of the prefetch goroutine on some runs; go test passes.
package bugs

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

var errInvalid = errors.New("invalid request")

func handle(req string, maxLen *int32) (string, error) {
	done := make(chan string)
	go func() { // prefetch the object
		time.Sleep(time.Millisecond)
		done <- "obj:" + req
	}()
	if int32(len(req)) > atomic.LoadInt32(maxLen) {
		return "", errInvalid // done is never received: the bug
	}
	return <-done, nil
}

func TestHandle(t *testing.T) {
	maxLen := int32(10)
	go func() {
		time.Sleep(time.Millisecond)
		atomic.StoreInt32(&maxLen, 3)
	}()
	time.Sleep(time.Millisecond)
	r, err := handle("pods", &maxLen)
	if err == nil && r != "obj:pods" {
		t.Errorf("got %q", r)
	}
}
