// request_reply.go: a server goroutine owns its state and answers requests
// that carry their own reply channel (a channel of channels); no locks.
package main

import "fmt"

type request struct {
	op    string
	key   string
	val   int
	reply chan int
}

func server(reqs <-chan request) {
	state := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "set":
			state[r.key] = r.val
			r.reply <- len(state)
		case "get":
			r.reply <- state[r.key]
		case "add":
			state[r.key] += r.val
			r.reply <- state[r.key]
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(op, key string, val int) int {
		reply := make(chan int)
		reqs <- request{op, key, val, reply}
		return <-reply
	}
	fmt.Println(call("set", "a", 1), call("set", "b", 2), call("set", "a", 5))
	fmt.Println(call("get", "a", 0), call("add", "b", 40), call("get", "zz", 0))
	results := make(chan chan int, 3)
	for i := 0; i < 3; i++ {
		r := make(chan int, 1)
		results <- r
		go func(i int, r chan int) { r <- i * 100 }(i, r)
	}
	close(results)
	for r := range results {
		fmt.Print(<-r, " ")
	}
	fmt.Println()
	close(reqs)
}
