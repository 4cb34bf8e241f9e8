// sync_map_pool.go: sync.Map (Store, Load, LoadOrStore, Range) and
// sync.Pool with a New function.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	act, loaded := m.LoadOrStore("a", 100)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, k.(string)); return true })
	sort.Strings(keys)
	fmt.Println(v, ok, act, loaded, keys)
	p := sync.Pool{New: func() any { return "fresh" }}
	fmt.Println(p.Get())
}
