// Bug kernel race_map_cache (class: data race on a shared map).
// Modelled on the class of map races that GoBench collects from Kubernetes
// (many of its "Data race" kernels are a map or struct shared by a
// controller's workers): a cache of objects keyed by name, filled by several
// informer goroutines at once without a lock.
// Breaking schedule: two goroutines write the map at the same time.
// Shows as: a race report under -race; with or without -race the Go
// runtime often stops with "fatal error: concurrent map writes".
package bugs

import (
	"fmt"
	"sync"
	"testing"
)

type objectCache struct {
	items map[string]int
}

func (c *objectCache) add(name string, v int) { c.items[name] = v }

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
	if len(c.items) != 200 {
		t.Errorf("cache has %d objects, want 200", len(c.items))
	}
}
