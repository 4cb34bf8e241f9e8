// unicode_pkg.go: unicode classification and case mapping on runes, and
// unicode/utf8 encoding helpers.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 \té_!世" {
		fmt.Print(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), "|")
	}
	fmt.Println()
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.ToUpper('1'), unicode.IsNumber('½'))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('a'), utf8.RuneLen('😀'), utf8.UTFMax, utf8.RuneError)
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xc3}), utf8.ValidRune(0xD800))
	r, size := utf8.DecodeRune([]byte{0xe4, 0xb8, 0x96, 'x'})
	fmt.Println(r, size, string(r))
	counts := map[string]int{}
	for _, r := range "Hello, World 42!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
}
