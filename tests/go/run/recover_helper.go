// recover_helper.go: recover only stops a panic when called directly by the
// deferred function; called from a helper it returns nil.
package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("helper:", helper())
		fmt.Println("direct:", recover())
	}()
	panic("boom")
}
