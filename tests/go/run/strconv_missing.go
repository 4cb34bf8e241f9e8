// strconv_missing.go: strconv functions conclab once declared without an
// implementation: ParseBool, ParseFloat, ParseUint, FormatUint,
// FormatFloat, FormatBool, Unquote, QuoteRune, ErrSyntax, QuoteToASCII.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatUint(255, 16), strconv.FormatFloat(1234.5678, 'f', 2, 64), strconv.FormatBool(false))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v %s\n", s, err, strconv.QuoteRune('x'))
	_, err = strconv.Atoi("z")
	fmt.Println(errors.Is(err, strconv.ErrSyntax), strconv.QuoteToASCII("é"))
}
