// deadlock_test.go: a test that waits on a channel no one sends on. Real
// go test hangs until its -timeout (10m); on virtual time conclab gets
// there at once and says the test deadlocked.
package d

import "testing"

func TestWaitsForever(t *testing.T) {
	done := make(chan bool)
	go func() {
		<-done // waits too
	}()
	<-done
}
