// Fixed kernel race_map_cache: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs race_map_cache --fix`).
package bugs

import (
	"fmt"
	"sync"
	"testing"
)

type objectCache struct {
	mu    sync.Mutex
	items map[string]int
}

func (c *objectCache) add(name string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[name] = v
}

func (c *objectCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

func TestObjectCache(t *testing.T) {
	c := &objectCache{items: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.add(fmt.Sprintf("pod-%d-%d", w, i), i)
			}
		}()
	}
	wg.Wait()
	if n := c.len(); n != 200 {
		t.Errorf("cache has %d objects, want 200", n)
	}
}
