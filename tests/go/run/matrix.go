// matrix.go: fixed-size array matrices (multiplication, transpose,
// comparison with ==) and slice-of-slice matrices filled in goroutines,
// one row each.
package main

import (
	"fmt"
	"sync"
)

type M3 [3][3]int

func mul(a, b M3) (c M3) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func transpose(a M3) M3 {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func main() {
	id := M3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := M3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(a, id) == a, mul(a, a))
	fmt.Println(transpose(a), a[0])
	fmt.Println(transpose(transpose(a)) == a, mul(transpose(a), id) == transpose(a))
	n := 4
	grid := make([][]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			row := make([]int, n)
			for j := range row {
				row[j] = (i + 1) * (j + 1)
			}
			grid[i] = row
		}(i)
	}
	wg.Wait()
	for _, row := range grid {
		fmt.Println(row)
	}
}
