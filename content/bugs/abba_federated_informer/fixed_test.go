// Fixed kernel abba_federated_informer: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs abba_federated_informer --fix`).
package bugs

import (
	"sync"
	"testing"
)

type subInformer struct {
	mu     sync.Mutex
	synced bool
}

type federatedInformer struct {
	mu       sync.Mutex
	clusters map[string]*subInformer
}

func (f *federatedInformer) onClusterAdd(name string, s *subInformer) {
	s.mu.Lock()
	s.synced = true
	s.mu.Unlock()
	f.mu.Lock()
	f.clusters[name] = s
	f.mu.Unlock()
}

func (f *federatedInformer) clustersSynced() bool {
	f.mu.Lock()
	subs := make([]*subInformer, 0, len(f.clusters))
	for _, s := range f.clusters {
		subs = append(subs, s)
	}
	f.mu.Unlock()
	for _, s := range subs {
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
	<-done
	<-done
	if !f.clustersSynced() {
		t.Error("c1 should be synced")
	}
}
