// Fixed kernel send_closed_broadcaster: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs send_closed_broadcaster --fix`).
package bugs

import (
	"sync"
	"testing"
	"time"
)

type publisher struct {
	mu     sync.Mutex
	closed bool
	subs   []chan int
}

func (p *publisher) subscribe() chan int {
	p.mu.Lock()
	defer p.mu.Unlock()
	ch := make(chan int, 8)
	p.subs = append(p.subs, ch)
	return ch
}

func (p *publisher) publish(v int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	for _, ch := range p.subs {
		time.Sleep(200 * time.Microsecond)
		select {
		case ch <- v:
		default: // subscriber too slow: drop, never block under the lock
		}
	}
}

func (p *publisher) shutdown() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, ch := range p.subs {
		close(ch)
	}
	p.subs = nil
}

func TestPublisherShutdown(t *testing.T) {
	p := &publisher{}
	a, b := p.subscribe(), p.subscribe()
	done := make(chan struct{})
	go func() {
		p.publish(1)
		close(done)
	}()
	time.Sleep(300 * time.Microsecond)
	p.shutdown()
	<-done
	for range a {
	}
	for range b {
	}
}
