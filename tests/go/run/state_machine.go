// state_machine.go: a traffic-light state machine with iota states, a
// String method, a transition table map[State]State and events over a
// channel processed by a goroutine.
package main

import "fmt"

type State int

const (
	Red State = iota
	Green
	Yellow
	Broken
)

var names = map[State]string{Red: "red", Green: "green", Yellow: "yellow"}

func (s State) String() string {
	if n, ok := names[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var next = map[State]State{Red: Green, Green: Yellow, Yellow: Red}

func run(events <-chan string, out chan<- []State) {
	s := Red
	hist := []State{s}
	for e := range events {
		switch e {
		case "tick":
			s = next[s]
		case "fail":
			s = Broken
		case "reset":
			s = Red
		}
		hist = append(hist, s)
	}
	out <- hist
}

func main() {
	events := make(chan string)
	out := make(chan []State)
	go run(events, out)
	for _, e := range []string{"tick", "tick", "tick", "tick", "fail", "tick", "reset"} {
		events <- e
	}
	close(events)
	hist := <-out
	fmt.Println(hist)
	fmt.Printf("%v %d %s\n", hist[len(hist)-2], hist[1], next[Broken])
}
