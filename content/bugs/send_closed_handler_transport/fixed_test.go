// Fixed kernel send_closed_handler_transport: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs send_closed_handler_transport --fix`).
package bugs

import (
	"errors"
	"testing"
	"time"
)

var errStreamDone = errors.New("stream finished")

type handlerTransport struct {
	writes chan func()
	closed chan struct{}
}

func (ht *handlerTransport) do(f func()) error {
	select {
	case ht.writes <- f:
		return nil
	case <-ht.closed:
		return errStreamDone
	}
}

func (ht *handlerTransport) runStream(finish <-chan struct{}) {
	for {
		select {
		case f := <-ht.writes:
			f()
		case <-finish:
			close(ht.closed)
			return
		}
	}
}

func TestHandlerTransportWriteStatusWrite(t *testing.T) {
	ht := &handlerTransport{writes: make(chan func()), closed: make(chan struct{})}
	finish := make(chan struct{})
	go ht.runStream(finish)
	if err := ht.do(func() {}); err != nil {
		t.Fatalf("headers: %v", err)
	}
	go func() {
		time.Sleep(time.Millisecond)
		close(finish)
	}()
	time.Sleep(time.Millisecond)
	if err := ht.do(func() {}); err != nil && err != errStreamDone {
		t.Errorf("late write: %v", err)
	}
	<-ht.closed
}
