// numeric_edge.go: overflow of typed arithmetic at run time (int8, float32
// to +Inf), unsigned underflow in comparisons, float equality with
// constants folded exactly vs computed at run time, and method chaining on
// pointer receivers.
package main

import "fmt"

type Stack struct{ data []int }

func (s *Stack) Push(v int) *Stack {
	s.data = append(s.data, v)
	return s
}

func (s Stack) Top() int { return s.data[len(s.data)-1] }

func main() {
	var i8 int8 = 100
	var f32 float32 = 1e38
	fmt.Println(i8*2, f32*10, -f32*10)
	var u uint = 0
	fmt.Println(u-1 > 0)
	x := 0.1
	fmt.Println(x*3 == 0.3, 0.1*3 == 0.3)
	const c = 0.1
	fmt.Println(c*3 == 0.3, x*3)
	var k int64 = 1 << 40
	fmt.Println(int32(k), int(k)>>38, float32(k))
	s := &Stack{}
	s.Push(1).Push(2).Push(3)
	fmt.Println(s.Top(), len(s.data), (*s).Top(), (&Stack{[]int{9}}).Top())
}
