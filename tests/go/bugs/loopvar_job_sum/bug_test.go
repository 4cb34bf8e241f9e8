// Bug kernel loopvar_job_sum (class: goroutine capturing the loop variable;
// Go 1.19 semantics).
// Modelled on the class GoBench files as "Anonymous function" (e.g.
// kubernetes#70892, cockroach#35501): a closure started as a goroutine in a
// range loop uses the range variable instead of its own copy.
// Breaking schedule: the loop assigns the next job before the goroutine
// reads the variable. Each goroutine and the loop both sleep 100us, so
// which comes first is a tie that timing (or the scheduler) decides.
// Shows as: a failed assertion (wrong total) on some runs; a race report
// under -race.
package bugs

import (
	"testing"
	"time"
)

func TestProcessJobs(t *testing.T) {
	jobs := []int{1, 10, 100}
	results := make(chan int, len(jobs))
	for _, job := range jobs {
		go func() {
			time.Sleep(100 * time.Microsecond) // look the job up
			results <- job * 2                 // reads the shared job: the bug
		}()
		time.Sleep(100 * time.Microsecond)
	}
	sum := 0
	for range jobs {
		sum += <-results
	}
	if sum != 222 {
		t.Errorf("sum %d, want 222", sum)
	}
}
