// iface_embed.go: interfaces embedding interfaces, asserting from a small
// interface to a larger one, interface-to-interface assignment, and an
// interface held in a struct field.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Upper struct{ inner Reader }

func (u Upper) Read() string { return strings.ToUpper(u.inner.Read()) }

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	if w, ok := r.(Writer); ok {
		w.Write("again")
	}
	if _, ok := r.(ReadWriter); ok {
		fmt.Println("r is also a ReadWriter")
	}
	u := Upper{b}
	var r2 Reader = u
	fmt.Println(r2.Read(), r2.Read(), r2.Read() == "")
	_, isW := r2.(Writer)
	fmt.Println(isW, len(b.data))
	var rws []ReadWriter = []ReadWriter{b, &Buffer{data: []string{"x"}}}
	for _, x := range rws {
		x.Write("y")
		fmt.Print(x.Read(), " ")
	}
	fmt.Println()
}
