// Bug kernel abba_url_lock (class: lock order inversion, AB-BA, with an
// RWMutex).
// Modelled on: hugo#3251 (tpl's remoteLock for getJSON/getCSV). URLLock took
// the global RWMutex for writing and, still holding it, locked the per-URL
// mutex; URLUnlock took the global lock for reading before unlocking the
// per-URL mutex. Parallel fetches of one URL deadlocked.
// Breaking schedule: fetcher 1 holds the URL mutex and goes to URLUnlock;
// fetcher 2 is inside URLLock holding the global write lock, waiting for the
// URL mutex; fetcher 1's RLock waits for fetcher 2's write lock.
// Shows as: a deadlock (watchdog fails the test) on the runs where a second
// fetch enters URLLock while the first holds the URL.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type remoteLock struct {
	sync.RWMutex
	m map[string]*sync.Mutex
}

func (l *remoteLock) URLLock(url string) {
	l.Lock()
	if _, ok := l.m[url]; !ok {
		l.m[url] = &sync.Mutex{}
	}
	l.m[url].Lock() // per-URL lock taken while holding the global lock: the bug
	l.Unlock()
}

func (l *remoteLock) URLUnlock(url string) {
	l.RLock()
	defer l.RUnlock()
	if um, ok := l.m[url]; ok {
		um.Unlock()
	}
}

func fetch(l *remoteLock, url string) {
	l.URLLock(url)
	defer l.URLUnlock(url)
	time.Sleep(time.Millisecond) // download
}

func TestGetRemoteParallel(t *testing.T) {
	l := &remoteLock{m: map[string]*sync.Mutex{}}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(l, "http://example.org/data.json")
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(200 * time.Millisecond):
		t.Fatal("deadlock: URLLock holds the global lock while waiting for the URL lock")
	}
}
