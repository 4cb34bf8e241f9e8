// Bug kernel ctx_watch_result (context cancellation never arrives / ctx not
// propagated), modelled on kubernetes#25331.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs ctx_watch_result`.
package bugs

import (
	"context"
	"errors"
	"testing"
	"time"
)

type event struct {
	val int
	err error
}

type watchChan struct {
	ctx      context.Context
	cancel   context.CancelFunc
	incoming chan event
	result   chan event
	done     chan struct{}
}

func (wc *watchChan) run() {
	defer close(wc.done)
	for {
		select {
		case e := <-wc.incoming:
			if e.err != nil {
				wc.result <- e // ignores ctx.Done(): the bug
				return
			}
			select {
			case wc.result <- e:
			case <-wc.ctx.Done():
				return
			}
		case <-wc.ctx.Done():
			return
		}
	}
}

func (wc *watchChan) Stop() { wc.cancel() }

func TestWatchErrResultNotBlockAfterCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	wc := &watchChan{ctx: ctx, cancel: cancel, incoming: make(chan event, 2),
		result: make(chan event), done: make(chan struct{})}
	go wc.run()
	wc.incoming <- event{val: 1}
	<-wc.result
	go func() {
		time.Sleep(time.Millisecond)
		wc.incoming <- event{err: errors.New("compacted")}
	}()
	time.Sleep(time.Millisecond)
	wc.Stop() // the consumer stops without draining result
	select {
	case <-wc.done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("run is stuck sending an error after Stop cancelled its context")
	}
}
