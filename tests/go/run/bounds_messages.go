// bounds_messages.go: the exact run-time error text for each kind of bad
// index or slice expression (recovered and printed): inverted bounds, past
// capacity, past string length, 3-index forms, nil slices, and ranging
// over a nil array pointer.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-12s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	i, j, k := 3, 2, 7
	try("inverted", func() { _ = s[i:j] })
	try("past cap", func() { _ = s[:k] })
	try("low > len", func() { _ = s[4:] })
	try("string", func() { _ = str[:k+3] })
	try("string inv", func() { _ = str[i:j] })
	try("3-index max", func() { _ = s[:1:k] })
	try("3-index mid", func() { _ = s[:4:j] })
	try("3-index low", func() { _ = s[i:j:4] })
	try("nil slice", func() {
		var n []string
		_ = n[0]
	})
	try("string idx", func() { _ = str[k] })
	try("array ptr", func() {
		var p *[3]int
		n := 0
		for i := range p {
			n += i
		}
		fmt.Println("range over nil *[3]int index only:", n, len(p))
		for _, v := range p {
			n += v
		}
	})
}
