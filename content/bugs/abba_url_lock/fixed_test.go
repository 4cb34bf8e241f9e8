// Fixed kernel abba_url_lock: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs abba_url_lock --fix`).
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
	um, ok := l.m[url]
	if !ok {
		um = &sync.Mutex{}
		l.m[url] = um
	}
	l.Unlock()
	um.Lock()
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
	time.Sleep(time.Millisecond)
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
	wg.Wait()
}
