// crash_close_nil.go: closing a nil channel panics "close of nil channel".
package main

import "fmt"

type Conn struct{ done chan struct{} }

func main() {
	c := Conn{}
	fmt.Println("closing")
	close(c.done)
}
