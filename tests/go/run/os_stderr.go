// os_stderr.go: writing to os.Stdout and os.Stderr with fmt.Fprint* and
// (*os.File).WriteString.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "to %s\n", "stdout")
	os.Stdout.WriteString("direct\n")
}
