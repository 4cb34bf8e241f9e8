package main

func main() {
	go int(1)
	defer len("x")
}
