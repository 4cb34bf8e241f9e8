// fmt_bad_nil.go: a nil operand for a verb that needs a value prints the
// %!verb(<nil>) form (only %v and %T print plain <nil>).
package main

import "fmt"

func main() {
	fmt.Printf("%s|%d|%q|%x|%v\n", nil, nil, nil, nil, nil)
}
