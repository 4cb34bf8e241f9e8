// sprint_spacing.go: Print/Sprint put a space between operands only when
// neither side is a string; Println/Sprintln always do and add a newline.
package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Printf("[%s]\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Printf("[%s]\n", fmt.Sprint(1, "x", 2))
	fmt.Printf("[%s]\n", fmt.Sprint(S("named"), S("strings"), 1))
	fmt.Printf("[%s]\n", fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Printf("[%s]\n", fmt.Sprint([]int{1}, []int{2}, nil, nil))
	fmt.Printf("[%s]\n", fmt.Sprint())
	fmt.Printf("[%s]\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("[%s]\n", fmt.Sprintln())
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", 1, "b")
	fmt.Println()
	fmt.Print()
	fmt.Println(fmt.Sprint('a', 'b'), fmt.Sprint("a"+"b", 'c'))
	fmt.Printf("%d%%|%s|%v\n", 50, "pct", "%d")
}
