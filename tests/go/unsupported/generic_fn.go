package main

func Map[T any](x T) T { return x }

func main() { Map(1) }
