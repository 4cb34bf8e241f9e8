package main

import (
	"fmt"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界!"
	fmt.Println(reverse(s), len(s), len([]rune(s)))
	var b strings.Builder
	for i, r := range "aé世" {
		fmt.Fprintf(&b, "%d:%c(%U) ", i, r, r)
	}
	fmt.Println(b.String())
	words := strings.Fields("the cat sat on the mat")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println(freq)
	fmt.Printf("%q %v %x\n", []string{"a b", "c"}, []byte("hi"), "é")
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
