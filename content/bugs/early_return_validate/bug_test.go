// Bug kernel early_return_validate (unbuffered done channel with an early
// return), modelled on class: request handlers (Kubernetes, etcd).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs early_return_validate`.
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
