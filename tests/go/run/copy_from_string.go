// copy_from_string.go: copy(dst []byte, src string) is allowed.
package main

import "fmt"

func main() {
	b := make([]byte, 4)
	n := copy(b, "héllo")
	fmt.Println(n, b, string(b))
}
