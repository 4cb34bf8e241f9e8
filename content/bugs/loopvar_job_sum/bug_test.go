// Bug kernel loopvar_job_sum (goroutine capturing the loop variable (Go
// 1.19)), modelled on class: GoBench "Anonymous function" (kubernetes#70892,
// cockroach#35501).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs loopvar_job_sum`.
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
