// Bug kernel cond_if_not_for (sync.Cond.Wait without a (correct) loop, Cond
// misuse), modelled on class: queue Pop (the loop Kubernetes' DeltaFIFO
// has).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs cond_if_not_for`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) Add(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Broadcast()
}

// Pop returns the first item, or false if the queue was empty after a
// wakeup: with an if instead of a for, that can happen.
func (q *queue) Pop() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 { // the bug: must be for
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func TestQueuePop(t *testing.T) {
	q := newQueue()
	var wg sync.WaitGroup
	var mu sync.Mutex
	empty := 0
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := q.Pop(); !ok {
				mu.Lock()
				empty++
				mu.Unlock()
			}
		}()
	}
	time.Sleep(time.Millisecond)
	q.Add(1)
	time.Sleep(time.Millisecond)
	q.Add(2)
	wg.Wait()
	if empty != 0 {
		t.Errorf("%d consumer(s) woke up to an empty queue", empty)
	}
}
