// error_types.go: error values of struct, pointer and named-string types,
// sentinel comparison, errors in type switches, and Error() vs String().
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temporary struct{ Op string }

func (t Temporary) Error() string { return t.Op + ": temporary" }

type strErr string

func (s strErr) Error() string { return string(s) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

var ErrEOF = errors.New("EOF")

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case Code:
		return fmt.Sprint("code ", int(e))
	case Temporary:
		return "retry " + e.Op
	case *Temporary:
		return "retry ptr " + e.Op
	default:
		if err == ErrEOF {
			return "eof"
		}
		return "other: " + err.Error()
	}
}

func main() {
	errs := []error{nil, Code(404), Temporary{"read"}, &Temporary{"write"}, ErrEOF, strErr("boom"), errors.New("EOF")}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
	fmt.Println(Code(500), Temporary{"dial"}, strErr("s"), Both{})
	fmt.Printf("%v %s %d\n", Code(1), Code(2), Code(3))
	var e error = Code(7)
	c, ok := e.(Code)
	fmt.Println(c, ok, int(c)+1)
	fmt.Println(errors.New("a") == errors.New("a"), Code(1) == Code(1), error(Code(1)) == error(Code(1)))
}
