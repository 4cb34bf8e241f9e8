// Bug kernel send_closed_pool_submit (send on a closed channel after
// shutdown), modelled on class: worker pools (Prometheus, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs send_closed_pool_submit`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type pool struct {
	jobs chan int
	wg   sync.WaitGroup
	mu   sync.Mutex
	sum  int
}

func newPool(workers int) *pool {
	p := &pool{jobs: make(chan int, 4)}
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				p.mu.Lock()
				p.sum += j
				p.mu.Unlock()
			}
		}()
	}
	return p
}

func (p *pool) Submit(j int) { p.jobs <- j } // panics after Close: the bug

func (p *pool) Close() {
	close(p.jobs)
	p.wg.Wait()
}

func TestPoolClose(t *testing.T) {
	p := newPool(2)
	var producers sync.WaitGroup
	for i := 0; i < 2; i++ {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for j := 0; j < 3; j++ {
				p.Submit(1)
				time.Sleep(500 * time.Microsecond)
			}
		}()
	}
	time.Sleep(time.Millisecond)
	p.Close()
	producers.Wait()
}
