// sync: the declarations of conclab's Go library package "sync".
// Functions without bodies are implemented in C by the interpreter.
package sync
type Locker interface {
	Lock()
	Unlock()
}
type Mutex struct { rt [8]uintptr }
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
type RWMutex struct { rt [24]uintptr }
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker
type WaitGroup struct { rt [8]uintptr }
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
type Once struct { rt [8]uintptr }
func (o *Once) Do(f func())
type Cond struct {
	L  Locker
	rt [8]uintptr
}
func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()
type Map struct {
	mu Mutex
	m  map[any]any
}
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) bool
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)
type Pool struct {
	New   func() any
	items []any
}
func (p *Pool) Get() any
func (p *Pool) Put(x any)
