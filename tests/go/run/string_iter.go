// string_iter.go: ranging over strings (byte offsets, runes, invalid UTF-8
// as U+FFFD), byte indexing, and string <-> []byte/[]rune conversions.
package main

import "fmt"

func main() {
	s := "aé€😀"
	fmt.Println(len(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		fmt.Print(i, ":", r, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	bad := "a\xffb\xe2\x82"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs), rs, string(rs) == bad)
	var n int
	for range s {
		n++
	}
	fmt.Println(n, string(s[1]), s[1:3], string(rune(0x10FFFF+1)) == "\uFFFD")
	b := []byte(s)
	b[0] = 'A'
	fmt.Println(string(b), s, string(b[1:3]))
}
