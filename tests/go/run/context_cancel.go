// context_cancel.go: context.WithCancel, WithTimeout (a child sees its
// parent's deadline), WithValue, WithDeadline in the past, Err's
// messages and the contexts' String forms.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	out := make(chan string, 2)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(ctx, 1, out, &wg)
	time.Sleep(35 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println(<-out)
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	child, ccancel := context.WithCancel(tctx)
	defer ccancel()
	select {
	case <-child.Done():
		fmt.Println("child done:", child.Err())
	case <-time.After(time.Second):
		fmt.Println("timeout not propagated")
	}
	fmt.Println(tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	_, ok := tctx.Deadline()
	_, ok2 := bg.Deadline()
	fmt.Println(ok, ok2)

	vctx := context.WithValue(ctx, key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")), vctx.Err())
	fmt.Println(vctx)

	parent, pcancel := context.WithCancel(bg)
	kids := make([]context.Context, 3)
	for i := range kids {
		kids[i], _ = context.WithCancel(parent)
	}
	pcancel()
	for i, k := range kids {
		<-k.Done()
		fmt.Println("kid", i, k.Err())
	}
	past, pc := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer pc()
	fmt.Println(past.Err())
}
