// os_args_stdout.go: fmt.Fprint* to os.Stdout, os.Stderr, io.Discard and
// a strings.Builder; os.Args; io.EOF; os.Exit(3).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", len(os.Args))
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 7)
	os.Stdout.WriteString("write string\n")
	fmt.Fprint(io.Discard, "nothing")
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "via writer")
	fmt.Println(io.EOF, strings.HasSuffix(os.Args[0], "osx"))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 1, "a")
	fmt.Println(sb.String())
	os.Exit(3)
}
