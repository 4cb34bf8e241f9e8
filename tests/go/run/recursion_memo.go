// recursion_memo.go: recursion with a memo map, mutual recursion, the
// towers of Hanoi move list, permutations by backtracking, and deep
// recursion (100000 frames).
package main

import (
	"fmt"
	"strings"
)

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+to)
	hanoi(n-1, via, to, from, moves)
}

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permute(append(prefix, rest[i]), next, out)
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(fib(90), len(memo))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	var perms []string
	permute(nil, []byte("abc"), &perms)
	fmt.Println(perms)
	fmt.Println(depth(100000))
}
