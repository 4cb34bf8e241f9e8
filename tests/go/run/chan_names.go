// chan_names.go: channels made where they are assigned take the name they
// are assigned to (ch, m.incoming) in --trace and in the shell's picture;
// the program itself ends in a deadlock, as Go's does.
package main

type mux struct{ incoming chan int }

func main() {
	var m mux
	m.incoming = make(chan int, 1)
	a, b := make(chan int), make(chan string, 2)
	var c = make(chan bool, 1)
	_ = a
	b <- "x"
	c <- true
	m.incoming <- 1
	<-a
}
