// Bug kernel send_closed_handler_transport (class: send on a closed channel
// after shutdown).
// Modelled on: grpc#1687 (transport's serverHandlerTransport). Writes from
// the application were handed to the HTTP handler goroutine over a channel;
// when the handler finished the stream it closed that channel, and a Write
// racing with the finish panicked with "send on closed channel" in
// serverHandlerTransport.do.
// Breaking schedule: the stream is finished (channel closed) while an
// application goroutine is about to send one more write.
// Shows as: a panic (send on closed channel) on the runs where the late
// write loses the race.
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
