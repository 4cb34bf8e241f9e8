// Bug kernel send_closed_broadcaster (send on a closed channel after
// shutdown), modelled on class: pub/sub shutdown (Moby, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs send_closed_broadcaster`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type publisher struct {
	mu   sync.Mutex
	subs []chan int
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
	subs := append([]chan int(nil), p.subs...)
	p.mu.Unlock()
	for _, ch := range subs {
		time.Sleep(200 * time.Microsecond) // slow subscriber filter
		ch <- v                            // may already be closed by shutdown: the bug
	}
}

func (p *publisher) shutdown() {
	p.mu.Lock()
	defer p.mu.Unlock()
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
