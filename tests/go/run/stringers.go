package main

import (
	"errors"
	"fmt"
)

type Level int

const (
	Low Level = iota
	Mid
	High
)

func (l Level) String() string {
	switch l {
	case Low:
		return "low"
	case Mid:
		return "mid"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Task struct {
	Name  string
	Level Level
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	return 0, NotFound{k}
}

func main() {
	fmt.Println(Low, High, []Level{Mid, Low})
	t := Task{"build", Mid}
	fmt.Printf("%v %+v %s %d\n", t, t, t.Level, t.Level)
	_, err := lookup("zz")
	fmt.Println(err)
	var nf NotFound
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Key)
	}
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%v|%6.2f|%-6d|%06d|%x|%o|%b|%t|%8.3e\n", 3.14159, 2.5, 42, -42, 255, 8, 5, true, 12345.678)
}
