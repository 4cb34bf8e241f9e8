// fmt_errors.go: what Printf writes for mistakes: wrong verb for a type,
// missing and extra arguments, unknown verbs, nil operands, %!v forms.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%c %q\n", 3.5, 3.5)
	fmt.Printf("no verbs\n", "extra", 1)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
}
