// eval_order.go: the order Go evaluates operands: call arguments left to
// right, index expressions and right-hand sides before assignment, the
// operands of && and || short-circuit, and op-assign evaluating once.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func b(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func sum3(a, b, c int) int { return a + b + c }

func main() {
	fmt.Println(sum3(t("a", 1), t("b", 2), t("c", 3)), trace)
	trace = nil
	xs := make([]int, 5)
	xs[t("idx", 1)] = t("val", 7)
	fmt.Println(xs, trace)
	trace = nil
	if b("x", false) && b("y", true) {
	}
	if b("p", true) || b("q", true) {
	}
	fmt.Println(trace)
	trace = nil
	m := map[int]int{}
	m[t("k", 1)] += t("inc", 5)
	fmt.Println(m, trace)
	trace = nil
	arr := []int{10, 20, 30}
	i := 0
	i, arr[i] = 1, 99
	fmt.Println(i, arr)
	a, c := t("first", 1), t("second", 2)
	fmt.Println(a, c, trace)
	trace = nil
	fmt.Println(t("l", 10)-t("r", 3), t("m", 2)*t("n", 4), trace)
	s := []int{1, 2, 3}
	j := 0
	s[j], j = 100, 2
	fmt.Println(s, j)
}
