// labels_goto.go: labeled break and continue across nested for, range,
// switch and select; goto forward and backward; break inside a switch
// inside a loop only leaves the switch.
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	ri, ci := -1, -1
search:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci = i, j
				break search
			}
		}
	}
	return ri, ci
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			n += 10
		}
		n++
	}
	fmt.Println(n)
rows:
	for _, row := range grid {
		for _, v := range row {
			switch {
			case v%2 == 0:
				continue rows
			case v > 6:
				break rows
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	got := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break loop
			}
			got += v
		}
	}
	fmt.Println("got", got)
	i := 0
back:
	i++
	if i < 4 {
		goto back
	}
	if i == 4 {
		goto skip
	}
	fmt.Println("skipped")
skip:
	fmt.Println("i =", i)
}
