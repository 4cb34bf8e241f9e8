// atomic_ops.go: sync/atomic functions on int32 and int64: Add from many
// goroutines, Load, Store, CompareAndSwap succeeding and failing.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				atomic.AddInt64(&hits, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits))
	fmt.Println(atomic.AddInt64(&hits, -1000), atomic.AddInt64(&hits, 5))
	atomic.StoreInt64(&hits, 77)
	fmt.Println(atomic.LoadInt64(&hits))
	fmt.Println(atomic.CompareAndSwapInt64(&hits, 77, 78), atomic.CompareAndSwapInt64(&hits, 77, 79), hits)
	var flag int32
	winners := int32(0)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&flag), atomic.LoadInt32(&winners))
	var small int32 = 1<<31 - 1
	fmt.Println(atomic.AddInt32(&small, 1))
	atomic.StoreInt32(&small, -5)
	fmt.Println(atomic.LoadInt32(&small))
}
