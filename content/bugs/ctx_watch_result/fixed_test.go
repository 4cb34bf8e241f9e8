// Fixed kernel ctx_watch_result: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs ctx_watch_result --fix`).
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

func (wc *watchChan) send(e event) bool {
	select {
	case wc.result <- e:
		return true
	case <-wc.ctx.Done():
		return false
	}
}

func (wc *watchChan) run() {
	defer close(wc.done)
	for {
		select {
		case e := <-wc.incoming:
			if !wc.send(e) || e.err != nil {
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
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		time.Sleep(time.Millisecond)
		wc.incoming <- event{err: errors.New("compacted")}
	}()
	time.Sleep(time.Millisecond)
	wc.Stop()
	<-wc.done
	<-sent
}
