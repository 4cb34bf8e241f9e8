// sync_cond_map_pool_atomic.go: sync.Cond with Signal and Broadcast,
// sync.Map, sync.Pool, the atomic types (Int64, Uint32, Bool, Value) and
// Swap/CompareAndSwap.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	results := make([]int, 0)
	var rmu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q.mu.Lock()
			for len(q.items) == 0 {
				q.cond.Wait()
			}
			x := q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
			rmu.Lock()
			results = append(results, x)
			rmu.Unlock()
		}()
	}
	for i := 1; i <= 3; i++ {
		q.mu.Lock()
		q.items = append(q.items, i*10)
		q.cond.Signal()
		q.mu.Unlock()
	}
	wg.Wait()
	sort.Ints(results)
	fmt.Println(results)

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	m.Delete("b")
	keys := []string{}
	m.Range(func(k, v any) bool { keys = append(keys, k.(string)); return true })
	sort.Strings(keys)
	fmt.Println(keys)

	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("old")
	fmt.Println(p.Get(), p.Get())

	var n atomic.Int64
	var u atomic.Uint32
	var b atomic.Bool
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); n.Add(2); u.Add(1) }()
	}
	wg2.Wait()
	fmt.Println(n.Load(), u.Load(), b.Load(), b.CompareAndSwap(false, true), b.Load(), n.Swap(7), n.Load())
	var x int32 = 5
	old := atomic.SwapInt32(&x, 6)
	fmt.Println(old, x)
	swapped := atomic.CompareAndSwapInt32(&x, 6, 8)
	fmt.Println(swapped, x)
	var val atomic.Value
	fmt.Println(val.Load())
	val.Store([]int{1, 2})
	fmt.Println(val.Load().([]int))
	var u64 uint64
	atomic.AddUint64(&u64, ^uint64(0))
	fmt.Println(u64)
	var bc sync.Cond
	bc.L = &sync.Mutex{}
	done := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() { bc.L.Lock(); bc.Wait(); bc.L.Unlock(); done <- true }()
	}
	for atomic.LoadInt64(new(int64)) == 0 && len(done) == 0 {
		bc.L.Lock()
		bc.Broadcast()
		bc.L.Unlock()
		break
	}
}
