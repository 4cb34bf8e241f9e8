// unicode_missing.go: the packages unicode and unicode/utf8: IsLetter,
// IsDigit, IsSpace, IsUpper, ToUpper, RuneCountInString, RuneLen,
// ValidString, DecodeRuneInString.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('5'), unicode.IsSpace('\t'), unicode.IsUpper('A'), string(unicode.ToUpper('é')))
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('€'), utf8.ValidString("a\xff"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size)
}
