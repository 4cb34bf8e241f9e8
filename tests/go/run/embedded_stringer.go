// embedded_stringer.go: a String or Error method promoted from an embedded
// struct is used by fmt for the outer type.
package main

import "fmt"

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Person struct {
	Name
	Age int
}

type baseErr struct{ msg string }

func (e baseErr) Error() string { return "base: " + e.msg }

type NotFound struct {
	baseErr
	Key string
}

func main() {
	p := Person{Name{"Ada", "Lovelace"}, 36}
	fmt.Println(p)
	fmt.Printf("%v|%s\n", p, p)
	var err error = NotFound{baseErr{"missing"}, "k"}
	fmt.Println(err)
}
