// crash_iface_method.go: asserting an interface to another interface whose
// method the value lacks crashes with Go's "missing method" message.
package main

import "fmt"

type Named interface{ Name() string }

type Dog struct{}

func main() {
	var x interface{} = Dog{}
	_, ok := x.(Named)
	fmt.Println("ok:", ok)
	n := x.(Named)
	fmt.Println(n.Name())
}
