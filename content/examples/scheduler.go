package main

import (
    "fmt"
    "runtime"
    "time"
)

func printNumbers() {
    for i := 0; i < 5; i++ {
        time.Sleep(100 * time.Millisecond)
        fmt.Printf("%d ", i)
    }
}

func main() {
    fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0)) // Print the number of OS threads

    go printNumbers()
    go printNumbers()

    time.Sleep(time.Second)
    fmt.Println("\nFinished")
}
