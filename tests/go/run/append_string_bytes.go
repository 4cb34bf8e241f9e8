// append_string_bytes.go: append([]byte, string...) appends the string's
// bytes (the special case of append).
package main

import "fmt"

func main() {
	b := append([]byte("x"), "yz"...)
	b = append(b, "é"...)
	fmt.Println(string(b), len(b))
}
