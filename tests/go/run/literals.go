// literals.go: string, rune and number literal forms: escapes, raw strings
// over several lines, unicode escapes, hex floats.
package main

import "fmt"

func main() {
	s := "tab\there\nnew \"quoted\" back\\slash \u00e9 \U0001F600 \x41\101"
	fmt.Println(s)
	raw := `raw \n not escaped
second line "quotes"`
	fmt.Println(raw, len(raw))
	fmt.Println('\'', '\\', '\t', '\000', '\u4e16', 'ä')
	fmt.Println(0x1p4, 0x1.8p1, 1e3, .5, 5., 0.15e2)
	fmt.Printf("%q %q %q\n", s[:10], raw[:6], "\a\b\f\v\x00")
	fmt.Println(len("\xff\xfe"), len("é"), len(`\n`))
}
