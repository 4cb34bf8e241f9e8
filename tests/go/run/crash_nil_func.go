// crash_nil_func.go: calling a nil func value is a nil pointer dereference
// (SIGSEGV report), exit status 2.
package main

import "fmt"

type Hooks struct{ OnStart func() }

func main() {
	h := Hooks{}
	fmt.Println("hook set:", h.OnStart != nil)
	h.OnStart()
}
