// lru_cache.go: an LRU cache from a map and a hand-made doubly linked list
// (pointers, sentinel node), guarded by a mutex and used from goroutines.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type node struct {
	key, val   string
	prev, next *node
}

type LRU struct {
	mu    sync.Mutex
	cap   int
	items map[string]*node
	head  node
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: map[string]*node{}}
	l.head.next, l.head.prev = &l.head, &l.head
	return l
}

func (l *LRU) unlink(n *node) { n.prev.next, n.next.prev = n.next, n.prev }

func (l *LRU) front(n *node) {
	n.next, n.prev = l.head.next, &l.head
	l.head.next.prev = n
	l.head.next = n
}

func (l *LRU) Get(k string) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, ok := l.items[k]
	if !ok {
		return "", false
	}
	l.unlink(n)
	l.front(n)
	return n.val, true
}

func (l *LRU) Put(k, v string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n, ok := l.items[k]; ok {
		n.val = v
		l.unlink(n)
		l.front(n)
		return
	}
	n := &node{key: k, val: v}
	l.items[k] = n
	l.front(n)
	if len(l.items) > l.cap {
		last := l.head.prev
		l.unlink(last)
		delete(l.items, last.key)
	}
}

func (l *LRU) Keys() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var ks []string
	for n := l.head.next; n != &l.head; n = n.next {
		ks = append(ks, n.key)
	}
	return strings.Join(ks, ",")
}

func main() {
	c := NewLRU(3)
	c.Put("a", "1")
	c.Put("b", "2")
	c.Put("c", "3")
	fmt.Println(c.Keys())
	c.Get("a")
	c.Put("d", "4")
	fmt.Println(c.Keys())
	_, ok := c.Get("b")
	v, ok2 := c.Get("c")
	fmt.Println(ok, v, ok2, c.Keys())
	c.Put("a", "one")
	fmt.Println(c.Get("a"))
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Put(fmt.Sprint("k", i%4), fmt.Sprint(i))
		}(i)
	}
	wg.Wait()
	fmt.Println(len(c.items), c.cap)
}
