package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func main() {
	for _, n := range []int{-1, 0, 5, 50} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch x := 3; x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four (fallthrough)")
	default:
		fmt.Println("default")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	switch s := "go"; s {
	case "rust":
		fmt.Println("no")
	case "go":
		fmt.Println("yes")
	}
}
