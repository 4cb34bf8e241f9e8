// select_nil_merge.go: merging two channels in one select loop, setting each
// to nil once it is closed so its case is disabled; the loop ends when both
// are nil. Totals, not interleaving, are printed.
package main

import "fmt"

func produce(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprint(prefix, i)
		}
	}()
	return out
}

func main() {
	a := produce("a", 3)
	b := produce("b", 5)
	var gotA, gotB []string
	closes := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			gotA = append(gotA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			gotB = append(gotB, v)
		}
	}
	fmt.Println(gotA, gotB, closes)
}
