// Fixed kernel early_return_validate: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs early_return_validate --fix`).
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
