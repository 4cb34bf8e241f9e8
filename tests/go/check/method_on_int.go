package main

func (x int) M() {}

func main() {}
