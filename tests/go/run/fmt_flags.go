// fmt_flags.go: fmt flags: %#U, the space flag on %x of
// strings and byte slices, precision with the 0 flag on %d (pads with
// spaces), and %+q (ASCII-only quoting).
package main

import "fmt"

func main() {
	fmt.Printf("%#U|%#U\n", 'ä', 0x1F600)
	fmt.Printf("% x|% X|% x\n", "hi", []byte{1, 171}, "é")
	fmt.Printf("%06.3d|%08.3d|%-06.2d|\n", 7, -7, 5)
	fmt.Printf("%+q %+q\n", "日本", 'é')
}
