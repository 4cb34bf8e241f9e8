package main

import "fmt"

func f() (int, int) { return 1, 2 }

func main() {
	a, b, c := f()
	fmt.Println(a, b, c)
}
