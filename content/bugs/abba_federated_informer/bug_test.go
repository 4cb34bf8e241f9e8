// Bug kernel abba_federated_informer (lock order inversion (AB-BA)),
// modelled on kubernetes#30872.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs abba_federated_informer`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type subInformer struct {
	mu     sync.Mutex
	synced bool
}

type federatedInformer struct {
	mu       sync.Mutex
	clusters map[string]*subInformer
}

// onClusterAdd runs as the sub-informer's handler: S, then F.
func (f *federatedInformer) onClusterAdd(name string, s *subInformer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.synced = true
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clusters[name] = s
}

// clustersSynced: F, then S.
func (f *federatedInformer) clustersSynced() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.clusters {
		s.mu.Lock()
		ok := s.synced
		s.mu.Unlock()
		if !ok {
			return false
		}
	}
	return true
}

func TestFederatedInformer(t *testing.T) {
	f := &federatedInformer{clusters: map[string]*subInformer{}}
	s1 := &subInformer{}
	f.onClusterAdd("c1", s1)
	done := make(chan struct{}, 2)
	go func() {
		for i := 0; i < 50; i++ {
			f.onClusterAdd("c1", s1)
		}
		done <- struct{}{}
	}()
	go func() {
		for i := 0; i < 50; i++ {
			f.clustersSynced()
		}
		done <- struct{}{}
	}()
	for i := 0; i < 2; i++ {
		select {
		case <-done:
		case <-time.After(200 * time.Millisecond):
			t.Fatal("deadlock: sub-informer and federated informer locked in opposite orders")
		}
	}
}
