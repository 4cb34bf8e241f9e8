// Fixed kernel cond_if_not_for: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs cond_if_not_for --fix`).
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

func (q *queue) Pop() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func TestQueuePop(t *testing.T) {
	q := newQueue()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := 0
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, ok := q.Pop(); ok {
				mu.Lock()
				got += v
				mu.Unlock()
			}
		}()
	}
	time.Sleep(time.Millisecond)
	q.Add(1)
	time.Sleep(time.Millisecond)
	q.Add(2)
	wg.Wait()
	if got != 3 {
		t.Errorf("consumers got %d, want 1+2", got)
	}
}
