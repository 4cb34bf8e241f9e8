package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1
}
