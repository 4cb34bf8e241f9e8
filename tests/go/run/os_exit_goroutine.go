// os_exit_goroutine.go: os.Exit called from a goroutine ends the whole
// program at once with that status; no deferred calls run anywhere.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main deferred: not printed")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine deferred: not printed")
		fmt.Println("goroutine exiting with 3")
		os.Exit(3)
	}()
	<-done
	fmt.Println("never")
}
