package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

func index(xs []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("caught:", r)
			v = -1
		}
	}()
	return xs[i]
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	fmt.Println(index([]int{1, 2, 3}, 5))
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered value:", r)
		}()
		panic("boom")
	}()
	var m map[string]int
	func() {
		defer func() { fmt.Println(recover()) }()
		m["x"] = 1
	}()
	fmt.Println("end")
}
