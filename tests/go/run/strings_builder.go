// strings_builder.go: strings.Builder Len, Reset, WriteRune on
// multi-byte runes, Fprintf into it, and building a table row by row.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 1; i <= 3; i++ {
		b.WriteString(strings.Repeat("*", i))
		b.WriteByte('\n')
	}
	fmt.Print(b.String())
	fmt.Println(b.Len())
	b.Reset()
	b.WriteRune('世')
	b.WriteRune('界')
	n, err := b.WriteString("!")
	fmt.Println(b.String(), b.Len(), n, err)
	var t strings.Builder
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, r := range rows {
		fmt.Fprintf(&t, "%-6s|%4s\n", r[0], r[1])
	}
	fmt.Print(t.String())
	parts := []string{}
	for i := 0; i < 4; i++ {
		parts = append(parts, fmt.Sprint(i*i))
	}
	fmt.Println(strings.Join(parts, "+"), "=", 0+1+4+9)
}
