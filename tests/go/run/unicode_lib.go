// unicode_lib.go: packages unicode (character classes and case mapping on
// ASCII, Latin-1, Greek and Cyrillic letters, digits, spaces,
// punctuation) and unicode/utf8 (decoding, encoding, counting, valid and
// invalid sequences).
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZé Ö5٣\t\u00a0!$+_€ß\u00adΣς我\x7f" {
		fmt.Printf("%U %v%v%v%v%v%v%v%v%v %c%c\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.IsSymbol('+'), unicode.IsSymbol('a'), unicode.IsGraphic(' '), unicode.IsGraphic('\n'), unicode.MaxRune, unicode.ReplacementChar)
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneCount([]byte("世界!")), utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.RuneLen('a'))
	fmt.Println(utf8.ValidString("a\xff"), utf8.ValidString("héllo"), utf8.Valid([]byte{0xe4, 0xb8}), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0x110000))
	for _, s := range []string{"世界", "", "\xff", "\xe4\xb8", "a", "\xed\xa0\x80", "\xc0\x80"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Println(r, n, lr, ln, utf8.FullRuneInString(s))
	}
	r, n := utf8.DecodeRune([]byte("é!"))
	lr, ln := utf8.DecodeLastRune([]byte("!é"))
	fmt.Println(r, n, lr, ln)
	buf := make([]byte, 4)
	n = utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.EncodeRune(buf, -5), buf)
	fmt.Println(string(utf8.AppendRune([]byte("x"), 'ö')), utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneError, utf8.UTFMax)
}
