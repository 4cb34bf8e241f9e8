// chan_map_of_chans.go: a map of channels (one mailbox per name), a channel
// of errors collected after Wait, and a nil map read inside a goroutine.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func main() {
	boxes := map[string]chan string{}
	for _, n := range []string{"ann", "bob", "cy"} {
		boxes[n] = make(chan string, 2)
	}
	boxes["bob"] <- "hi bob"
	boxes["ann"] <- "hi ann"
	boxes["bob"] <- "again"
	names := make([]string, 0, len(boxes))
	for n := range boxes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		close(boxes[n])
		var msgs []string
		for m := range boxes[n] {
			msgs = append(msgs, m)
		}
		fmt.Println(n, len(msgs), msgs)
	}
	errc := make(chan error, 3)
	var wg sync.WaitGroup
	var lookup map[string]int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if lookup["k"] == 0 && i != 1 {
				errc <- fmt.Errorf("task %d: %w", i, errors.New("missing k"))
			}
		}(i)
	}
	wg.Wait()
	close(errc)
	var msgs []string
	for e := range errc {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	fmt.Println(msgs)
}
