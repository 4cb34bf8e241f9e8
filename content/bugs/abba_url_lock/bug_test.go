// Bug kernel abba_url_lock (lock order inversion (AB-BA)), modelled on
// hugo#3251.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs abba_url_lock`.
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
