// Fixed kernel early_return_validate (see bug_test.go).
// The fix: validate before starting the goroutine, so no goroutine exists
// on the early-return path. The test joins the config changer.
package bugs

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

var errInvalid = errors.New("invalid request")

func handle(req string, maxLen *int32) (string, error) {
	if int32(len(req)) > atomic.LoadInt32(maxLen) {
		return "", errInvalid
	}
	done := make(chan string)
	go func() {
		time.Sleep(time.Millisecond)
		done <- "obj:" + req
	}()
	return <-done, nil
}

func TestHandle(t *testing.T) {
	maxLen := int32(10)
	changed := make(chan struct{})
	go func() {
		defer close(changed)
		time.Sleep(time.Millisecond)
		atomic.StoreInt32(&maxLen, 3)
	}()
	time.Sleep(time.Millisecond)
	r, err := handle("pods", &maxLen)
	if err == nil && r != "obj:pods" {
		t.Errorf("got %q", r)
	}
	<-changed
}
