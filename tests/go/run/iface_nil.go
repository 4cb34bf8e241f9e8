// iface_nil.go: a nil interface vs an interface holding a typed nil
// pointer: the classic non-nil error, printing both, and calling methods
// on a nil pointer receiver.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func really(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type List struct{ next *List }

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	e1 := mayFail(false)
	e2 := really(false)
	fmt.Println(e1 == nil, e2 == nil, e1, e2)
	fmt.Printf("%v %T %T\n", e1, e1, e2)
	var i interface{}
	var p *int
	fmt.Println(i == nil, p == nil)
	i = p
	fmt.Println(i == nil, i == (*int)(nil), i)
	var l *List
	fmt.Println(l.Len(), (&List{&List{}}).Len())
	if err := mayFail(true); err != nil {
		fmt.Println("error:", err)
	}
	var s fmt.Stringer
	fmt.Println(s == nil, s)
}
