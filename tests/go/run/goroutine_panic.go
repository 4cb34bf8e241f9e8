package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs []int) {
	fmt.Println("worker", id, "starts")
	_ = jobs[id]
}

func main() {
	go worker(5, []int{1, 2})
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
