// switch_forms.go: switch with no condition, with init statements, case
// lists, fallthrough chains into default, switch on strings and runes,
// and cases evaluated in order with side effects.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if r >= '0' && r <= '9' {
		return "digit"
	}
	return "other"
}

var calls []int

func val(n int) int {
	calls = append(calls, n)
	return n
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	for _, r := range "a1 z" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one ")
			fallthrough
		default:
			fmt.Print("default ")
		case 3:
			fmt.Print("three ")
		}
		fmt.Println()
	}
	switch x := val(2); x {
	case val(1), val(2), val(3):
		fmt.Println("matched", x)
	}
	fmt.Println(calls)
	switch s := "go"; {
	case len(s) > 5:
		fmt.Println("long")
	case s == "go":
		fmt.Println("is go")
	}
	switch {
	}
	var iface interface{} = 2.5
	switch iface {
	case 2:
		fmt.Println("int 2")
	case 2.5:
		fmt.Println("float 2.5")
	}
}
