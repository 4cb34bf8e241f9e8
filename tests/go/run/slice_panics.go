package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 5
	try("slice", func() { _ = s[i:j] })
	try("slice2", func() { _ = s[j:] })
	str := "hey"
	try("string index", func() { _ = str[j] })
	var p *[3]int
	try("nil array", func() { _ = p[0] })
	try("conversion", func() {
		var x interface{} = 3.5
		_ = x.(string)
	})
	try("make", func() { _ = make([]int, i-j) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	fmt.Println("done")
}
