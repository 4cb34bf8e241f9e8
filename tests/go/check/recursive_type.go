package main

type T struct {
	a T
}

func main() {}
