// fan_in.go: several producers fan in to one channel; a WaitGroup closes
// it after the last producer; the consumer counts per producer and in
// total.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type msg struct {
	from string
	n    int
}

func main() {
	out := make(chan msg, 4)
	var wg sync.WaitGroup
	names := []string{"alpha", "beta", "gamma"}
	for i, name := range names {
		wg.Add(1)
		go func(name string, count int) {
			defer wg.Done()
			for k := 0; k < count; k++ {
				out <- msg{name, k}
			}
		}(name, (i+1)*3)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	per := map[string]int{}
	sum := 0
	for m := range out {
		per[m.from]++
		sum += m.n
	}
	keys := make([]string, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, per[k])
	}
	fmt.Println("sum", sum)
}
