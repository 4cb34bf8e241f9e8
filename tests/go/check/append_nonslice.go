package main

func main() {
	x := 1
	x = append(x, 2)
	var m map[string]int
	m = make(map[string]int, 1, 2)
	_ = m
}
