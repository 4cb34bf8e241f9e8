// Bug kernel race_map_cache (data race on a shared struct field or map),
// modelled on class: Kubernetes map races (GoBench).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs race_map_cache`.
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
