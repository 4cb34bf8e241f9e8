package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	fmt.Println("full:", len(ch) == cap(ch))
	select {
	case ch <- 9:
		fmt.Println("sent 9")
	default:
		fmt.Println("select default: channel full, value dropped")
	}
	close(ch)
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Printf("receive from closed: v=%d ok=%v\n", v, ok)
	}
	try("send on closed", func() { ch <- 1 })
	try("close closed", func() { close(ch) })
	var nilch chan int
	try("close nil", func() { close(nilch) })
	select {
	case v := <-nilch:
		fmt.Println("got", v)
	default:
		fmt.Println("nil channel receive never ready (select default taken)")
	}
}
