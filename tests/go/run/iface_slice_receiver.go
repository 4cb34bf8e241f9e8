// iface_slice_receiver.go: methods of slice and string types called through
// an interface, a method value and a deferred call get their arguments
// (the receiver takes three or two slots).
package main

import "fmt"

type I interface {
	Swap(i, j int)
	At(i int) int
	Label(prefix string, n int) string
}

type T []int

func (t T) Swap(i, j int)  { t[i], t[j] = t[j], t[i] }
func (t T) At(i int) int   { return t[i] }
func (t T) Label(p string, n int) string { return fmt.Sprint(p, len(t), n) }

type S string

func (s S) At(i int) int                    { return int(s[i]) }
func (s S) Swap(i, j int)                   {}
func (s S) Label(p string, n int) string    { return p + string(s) + fmt.Sprint(n) }

func main() {
	var d I = T{1, 2, 3, 4}
	d.Swap(1, 0)
	fmt.Println(d, d.At(0), d.Label("len=", 7))
	var e I = S("go")
	fmt.Println(e.At(1), e.Label("s=", 9))
	defer func(x I) { fmt.Println("deferred", x.Label("d", 1)) }(d)
	f := d.Label
	fmt.Println(f("mv", 2))
}
