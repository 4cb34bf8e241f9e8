// strconv_format.go: Itoa, FormatInt in every base from 2 to 36, and Quote
// on quotes, control characters, non-ASCII and invalid UTF-8.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<40), strconv.Itoa(-1<<63))
	for _, base := range []int{2, 3, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, base), " ", strconv.FormatInt(1<<62, base), " ")
	}
	fmt.Println()
	fmt.Println(strconv.Quote(`say "hi"`), strconv.Quote("tab\tnl\n é \x01"), strconv.Quote("\xff\\"), strconv.Quote(""))
	fmt.Println(strconv.Quote("\U0001F600 \x7f \a\b\f\r\v"), strconv.Quote("日本"))
	n, _ := strconv.Atoi(strconv.Itoa(777))
	fmt.Println(n+1, strconv.Itoa(n)+strconv.Itoa(n))
}
