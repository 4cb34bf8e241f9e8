// library_vars.go: io.EOF, an exported variable of a library package,
// printed and compared with ==.
package main

import (
	"fmt"
	"io"
)

func main() {
	err := io.EOF
	fmt.Println(err, err == io.EOF)
}
