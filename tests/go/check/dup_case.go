package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
	case 1:
	}
	var i interface{} = x
	switch i.(type) {
	case int:
	case int:
	}
	fmt.Println()
}
