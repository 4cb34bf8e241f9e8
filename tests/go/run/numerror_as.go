// numerror_as.go: errors.As finds the *strconv.NumError that Atoi returns
// and fills the target pointer.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x1")
	var ne *strconv.NumError
	ok := errors.As(err, &ne)
	fmt.Println(ok, ne != nil)
	if ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Printf("%T\n", err)
}
