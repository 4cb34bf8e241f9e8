// Bug kernel send_closed_handler_transport (send on a closed channel after
// shutdown), modelled on grpc#1687.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs send_closed_handler_transport`.
package bugs

import (
	"testing"
	"time"
)

type handlerTransport struct {
	writes chan func()
}

func (ht *handlerTransport) do(f func()) { ht.writes <- f }

// runStream executes writes until the stream is finished, then closes the
// write channel: a later do panics, the bug.
func (ht *handlerTransport) runStream(finish <-chan struct{}) {
	for {
		select {
		case f := <-ht.writes:
			f()
		case <-finish:
			close(ht.writes)
			return
		}
	}
}

func TestHandlerTransportWriteStatusWrite(t *testing.T) {
	ht := &handlerTransport{writes: make(chan func())}
	finish := make(chan struct{})
	go ht.runStream(finish)
	ht.do(func() {}) // headers
	go func() {
		time.Sleep(time.Millisecond)
		close(finish) // WriteStatus ends the stream
	}()
	time.Sleep(time.Millisecond)
	ht.do(func() {}) // a late Write from the application
}
