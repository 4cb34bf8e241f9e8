// strconv_parse.go: Atoi and ParseInt values and error messages (syntax
// and range errors, with the clamped value).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "+5", " 5", "0x10", "", "9223372036854775808", "3.0"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"zz", 36, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1f", 0, 64}, {"12", 2, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	if _, err := strconv.Atoi("1e3"); err != nil {
		fmt.Println("error:", err.Error())
	}
}
