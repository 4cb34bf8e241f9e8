// string_bytes_edge.go: strings with NUL and high bytes: length,
// comparison, printing with %q and %x, conversion of invalid rune values
// to string, and %c of an invalid rune.
package main

import "fmt"

func main() {
	s := "a\x00b"
	fmt.Println(len(s), s == "a\x00b", s < "a\x01", s[1])
	fmt.Printf("%q %x %v\n", s, s, []byte(s))
	hi := "\xc0\xff"
	fmt.Printf("%q %d\n", hi, len(hi))
	fmt.Printf("%q %q %q\n", string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	fmt.Printf("%c|%c|%q\n", -1, 0x110000, rune(0xD800))
	var r rune = 'é'
	fmt.Println(r, string(r), []byte(string(r)))
	fmt.Println("x"+string(rune(0))+"y" == "x\x00y")
}
