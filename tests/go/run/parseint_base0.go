// parseint_base0.go: strconv.ParseInt with base 0 takes the base from the
// prefix: 0x, 0o, 0b, a leading 0 (octal), and allows underscores.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "-0b11", "1_000", "0B1", "0X_FF"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(v, err)
	}
}
