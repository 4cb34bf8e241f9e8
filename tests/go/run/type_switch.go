package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of length " + fmt.Sprint(len(v))
	case error:
		return "error: " + v.Error()
	case Animal:
		return v.Sound()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(42))
	fmt.Println(describe(int64(7)))
	fmt.Println(describe("hello"))
	fmt.Println(describe(errors.New("bad")))
	fmt.Println(describe(Dog{"rex"}))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(3.5))
	var a Animal = Dog{"fido"}
	if d, ok := a.(Dog); ok {
		fmt.Println("a dog named", d.name)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var i interface{} = "s"
		n := i.(int)
		fmt.Println(n)
	}()
}
