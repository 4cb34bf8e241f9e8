// quote_nonprint.go: strconv.Quote and %q escape runes that are not
// printable (U+2028 line separator, U+00AD soft hyphen, U+FEFF) as \uXXXX.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("a\u2028b\u00adc\ufeff"))
	fmt.Printf("%q\n", "x\u2029y")
}
