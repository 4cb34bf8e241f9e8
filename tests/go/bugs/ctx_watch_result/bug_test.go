// Bug kernel ctx_watch_result (class: context cancellation that never
// arrives at a blocked sender).
// Modelled on: kubernetes#25331 (etcd3 watcher). watchChan.run could call
// Stop without draining ResultChan; when an error had happened, run was
// blocked sending the error on resultChan, and cancelling the context in
// Stop did not unblock it, because that send did not select on ctx.Done().
// Breaking schedule: the error arrives before run notices the cancellation;
// the error send blocks forever.
// Shows as: run never returns (the test's wait on it times out and fails),
// on the runs where the error comes first.
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
