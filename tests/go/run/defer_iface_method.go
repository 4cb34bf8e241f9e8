// defer_iface_method.go: defer and go of a method call through an interface
// value (defer c.Close(), go s.Serve()) — a very common form.
package main

import "fmt"

type Closer interface{ Close() }
type F struct{ name string }

func (f *F) Close() { fmt.Println("closed", f.name) }
func main() {
	var c Closer = &F{"a"}
	defer c.Close()
	done := make(chan bool)
	var d Closer = &F{"b"}
	go func() { d.Close(); done <- true }()
	<-done
	fmt.Println("body")
}
