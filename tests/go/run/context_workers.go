// context_workers.go: context.WithCancel stops workers watching ctx.Done();
// WithTimeout expires with DeadlineExceeded; Err before and after.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	var wg sync.WaitGroup
	stopped := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-ctx.Done()
			stopped <- id
		}(i)
	}
	cancel()
	wg.Wait()
	fmt.Println(len(stopped), ctx.Err())
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("never")
	}
	vctx := context.WithValue(context.Background(), "k", "v")
	fmt.Println(vctx.Value("k"), vctx.Value("missing"))
}
