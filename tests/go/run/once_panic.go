// once_panic.go: if the function given to Once.Do panics, Do counts as
// done: a later Do returns at once without calling its function.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("in once") })
	}()
	p.Do(func() { fmt.Println("never runs") })
	fmt.Println("end")
}
