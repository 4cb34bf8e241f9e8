// Bug kernel noclose_early_error (missing close (range or waiter never
// ends)), modelled on class: stream readers (Moby, etcd).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs noclose_early_error`.
package bugs

import (
	"context"
	"errors"
	"testing"
	"time"
)

var errDeadline = errors.New("deadline exceeded")

func readLines(ctx context.Context, lines []string, out chan<- string) error {
	for _, l := range lines {
		time.Sleep(time.Millisecond)
		select {
		case <-ctx.Done():
			return errDeadline // returns without close(out): the bug
		default:
		}
		out <- l
	}
	close(out)
	return nil
}

func TestReadLines(t *testing.T) {
	out := make(chan string)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel()
	go readLines(ctx, []string{"a", "b", "c"}, out)
	done := make(chan int)
	go func() {
		n := 0
		for range out {
			n++
		}
		done <- n
	}()
	select {
	case n := <-done:
		if n > 3 {
			t.Errorf("%d lines, want at most 3", n)
		}
	case <-time.After(100 * time.Millisecond):
		t.Fatal("range never ends: reader returned on error without closing")
	}
}
