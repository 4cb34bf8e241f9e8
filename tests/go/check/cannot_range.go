package main

func main() {
	x := 5
	for i := range x {
		_ = i
	}
}
