// Bug kernel noclose_early_error (class: missing close on an error path,
// range never ends).
// Modelled on the class of stream readers in Docker/Moby and etcd that close
// their output channel only at the end of the happy path: a reader goroutine
// copies log lines to a channel and closes it when the input ends, but
// returns early, without closing, when it meets an error.
// Breaking schedule: the reader sees the error (here: its deadline passes
// before the last line is ready, which depends on timing) and returns; the
// consumer's range waits forever.
// Shows as: the consumer blocked in range (watchdog fails the test) on the
// runs where the deadline wins.
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
