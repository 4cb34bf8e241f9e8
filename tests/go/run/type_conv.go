// type_conv.go: conversions among string, []byte and []rune (each a copy),
// rune and byte to string, byte arithmetic wrapping, and numeric strings
// through strconv.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	b[0] = 'H'
	r[1] = 'e'
	fmt.Println(s, string(b), string(r), len(b), len(r))
	back := string(b)
	b[1] = 'X'
	fmt.Println(back == "Héllo", string(b[:1]))
	fmt.Println(string(rune(97)), string(byte(98)), string(rune(0x4e16)), string([]byte{}) == "")
	var c byte = 'z'
	c++
	fmt.Println(c, string(rune(c)), c-'a', 'a'+1, byte('a'+25))
	var d byte = 250
	d += 10
	fmt.Println(d)
	digits := ""
	for i := 0; i < 5; i++ {
		digits += strconv.Itoa(i)
	}
	n, _ := strconv.Atoi(digits)
	fmt.Println(digits, n*2, float64(n)/1000)
	runes := []rune{72, 105, 0x1F600}
	fmt.Println(string(runes), len(string(runes)))
	x := 3.99
	i := int(x)
	u := uint8(i * 100)
	fmt.Println(i, u, float32(x), int64(-x))
	type Meters float64
	type Feet float64
	m := Meters(10)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f %T\n", f, f)
}
