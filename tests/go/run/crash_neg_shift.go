// crash_neg_shift.go: shifting by a negative amount computed at run time
// panics "negative shift amount".
package main

import "fmt"

func main() {
	x := 1
	for _, s := range []int{3, 0, -1} {
		fmt.Println(x << s)
	}
}
