package main

import (
	"fmt"
	"math"
	"math/rand"
	"runtime"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(2 * time.Second)
	tk := time.NewTicker(100 * time.Millisecond)
	defer tk.Stop()
	n := 0
loop:
	for {
		select {
		case <-tk.C:
			n++
		case <-t.C:
			break loop
		}
	}
	time.AfterFunc(time.Millisecond, func() {})
	d := time.Since(start)
	fmt.Println(n > 0, d >= 2*time.Second, d.Seconds() > 1, time.Duration(1500)*time.Millisecond)
	rand.Seed(1)
	fmt.Println(rand.Intn(10) < 10, math.Sqrt(16), math.MaxInt64, math.Pi > 3, math.Inf(1) > 0)
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	var f32 float32 = 1.5
	f64 := float64(f32) * 2
	var i64 int64 = int64(f64)
	fmt.Println(f32, f64, i64, uint32(1<<31), int(math.Floor(2.7)))
}
