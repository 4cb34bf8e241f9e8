// Fixed kernel send_closed_pool_submit: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs send_closed_pool_submit --fix`).
package bugs

import (
	"sync"
	"testing"
	"time"
)

type pool struct {
	jobs   chan int
	wg     sync.WaitGroup
	qmu    sync.Mutex
	closed bool
	mu     sync.Mutex
	sum    int
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

func (p *pool) Submit(j int) bool {
	p.qmu.Lock()
	defer p.qmu.Unlock()
	if p.closed {
		return false
	}
	p.jobs <- j
	return true
}

func (p *pool) Close() {
	p.qmu.Lock()
	p.closed = true
	close(p.jobs)
	p.qmu.Unlock()
	p.wg.Wait()
}

func TestPoolClose(t *testing.T) {
	p := newPool(2)
	var producers sync.WaitGroup
	var accepted int
	var amu sync.Mutex
	for i := 0; i < 2; i++ {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for j := 0; j < 3; j++ {
				if p.Submit(1) {
					amu.Lock()
					accepted++
					amu.Unlock()
				}
				time.Sleep(500 * time.Microsecond)
			}
		}()
	}
	time.Sleep(time.Millisecond)
	p.Close()
	producers.Wait()
	if p.sum != accepted {
		t.Errorf("workers summed %d, %d jobs accepted", p.sum, accepted)
	}
}
