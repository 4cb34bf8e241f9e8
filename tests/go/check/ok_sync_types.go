package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type SafeSet struct {
	sync.RWMutex
	items map[int]struct{}
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	var ops int64
	var flag atomic.Bool
	var total atomic.Int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
			atomic.AddInt64(&ops, 1)
			total.Add(int64(i))
			flag.Store(true)
		}(i)
	}
	wg.Wait()
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	cond := sync.NewCond(&c.mu)
	_ = cond
	s := SafeSet{items: map[int]struct{}{}}
	s.Lock()
	s.items[1] = struct{}{}
	s.Unlock()
	s.RLock()
	_, has := s.items[1]
	s.RUnlock()
	keys := make([]string, 0, len(c.n))
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, c.n[k])
	}
	fmt.Println(strings.TrimSpace(b.String()), atomic.LoadInt64(&ops), total.Load(), flag.Load(), has)
	var m sync.Map
	m.Store("x", 1)
	if v, ok := m.Load("x"); ok {
		fmt.Println(v.(int) + 1)
	}
	p := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := p.Get().(*strings.Builder)
	p.Put(sb)
}
