// range_array_copy.go: `for i, v := range arr` over an array value ranges
// over a copy, so writes to arr in the loop are not seen by v.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(arr)
}
