package main

import "fmt"

func main() {
    ch := make(chan int)

    go func() {
        ch <- 1 // This send operation blocks
    }()

    // Deadlock: main goroutine is also blocked, waiting for a receive from the channel
    // Resolve by ensuring the channel operation can complete or by using another goroutine to receive the value
    fmt.Println(<-ch)
}
