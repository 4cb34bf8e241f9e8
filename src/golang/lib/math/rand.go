// math/rand: conclab's Go library package "math/rand", in Go. The top-level
// functions draw from a source seeded by `conclab run --seed N` (1 without
// it, as Go 1.19's is before rand.Seed), so a run repeats exactly. The
// generator is splitmix64, not Go's: the same seed gives other numbers
// than real Go, with the same distributions and methods.
package rand

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

type splitmix struct{ s uint64 }

func (r *splitmix) Seed(seed int64) { r.s = uint64(seed) }
func (r *splitmix) Uint64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
func (r *splitmix) Int63() int64 { return int64(r.Uint64() >> 1) }

func NewSource(seed int64) Source { return &splitmix{uint64(seed)} }

type Rand struct{ src Source }

func New(src Source) *Rand { return &Rand{src: src} }

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64 {
	if s, ok := r.src.(Source64); ok {
		return s.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int     { return int(uint(r.Int63())) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
}

// runSeed is the run's --seed (1 without one).
func runSeed() int64

var globalRand = New(NewSource(runSeed()))

func Seed(seed int64)                   { globalRand.Seed(seed) }
func Int() int                          { return globalRand.Int() }
func Intn(n int) int                    { return globalRand.Intn(n) }
func Int31() int32                      { return globalRand.Int31() }
func Int31n(n int32) int32              { return globalRand.Int31n(n) }
func Int63() int64                      { return globalRand.Int63() }
func Int63n(n int64) int64              { return globalRand.Int63n(n) }
func Uint32() uint32                    { return globalRand.Uint32() }
func Uint64() uint64                    { return globalRand.Uint64() }
func Float64() float64                  { return globalRand.Float64() }
func Float32() float32                  { return globalRand.Float32() }
func Perm(n int) []int                  { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
