// recover_values.go: recover returns whatever was panicked (ints, strings,
// errors, structs, run-time error messages), and nil when not panicking.
package main

import (
	"errors"
	"fmt"
)

type Reason struct {
	Code int
	Msg  string
}

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func main() {
	fmt.Println(catch(func() { panic(42) }))
	fmt.Println(catch(func() { panic("text") }))
	fmt.Println(catch(func() { panic(errors.New("an error")) }))
	fmt.Printf("%+v\n", catch(func() { panic(Reason{7, "why"}) }))
	fmt.Println(catch(func() {}))
	r := catch(func() {
		var m map[string]int
		m["a"] = 1
	})
	fmt.Println(r)
	r = catch(func() {
		a := []int{1}
		i := 3
		_ = a[i]
	})
	fmt.Printf("%v|%v\n", r, r == nil)
	fmt.Println(recover())
	v := catch(func() { panic(fmt.Sprintf("%d-%s", 1, "x")) })
	s, ok := v.(string)
	fmt.Println(s, ok)
}
