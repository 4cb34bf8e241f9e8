// Fixed kernel loopvar_job_sum: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs loopvar_job_sum --fix`).
package bugs

import (
	"testing"
	"time"
)

func TestProcessJobs(t *testing.T) {
	jobs := []int{1, 10, 100}
	results := make(chan int, len(jobs))
	for _, job := range jobs {
		job := job
		go func() {
			time.Sleep(100 * time.Microsecond) // look the job up
			results <- job * 2
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
