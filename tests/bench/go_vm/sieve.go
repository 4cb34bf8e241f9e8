package main

import "fmt"

func main() {
	const n = 2000000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	squares := make(map[int]int)
	for i := 0; i < 200000; i++ {
		squares[i%5000] += i
	}
	fmt.Println(count, len(squares), squares[4999])
}
