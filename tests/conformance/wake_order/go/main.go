// Go side of the wake-order probes: run `./gprobe NAME`.
// Output is collected in memory (no syscalls while probing) and printed at the end.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

var out []string

func say(f string, a ...any) { out = append(out, fmt.Sprintf(f, a...)) }

var probes = map[string]func(){}

// mutexLoop: A and B each loop three times over Lock; print; pause; Unlock.
func mutexLoop(pause func()) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, n := range []string{"A", "B"} {
		n := n
		wg.Add(1)
		go func() {
			for i := 0; i < 3; i++ {
				mu.Lock()
				say("%s%d", n, i)
				pause()
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
}

// rwBehind: main holds a write lock while each named goroutine (R...
// reads, W... writes) queues behind it, then unlocks (and, with relock,
// write-locks again) and waits for them.
func rwBehind(names []string, relock bool) {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.Lock()
	for _, n := range names {
		n := n
		wg.Add(1)
		go func() {
			if n[0] == 'W' {
				rw.Lock()
				say("%s locked", n)
				rw.Unlock()
			} else {
				rw.RLock()
				say("%s rlocked", n)
				rw.RUnlock()
			}
			wg.Done()
		}()
		runtime.Gosched()
	}
	say("main unlock")
	rw.Unlock()
	if relock {
		rw.Lock()
		say("main relocked")
		rw.Unlock()
	}
	wg.Wait()
}

func main() {
	runtime.GOMAXPROCS(1)
	if len(os.Args) < 2 {
		var names []string
		for n := range probes {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Println(strings.Join(names, " "))
		return
	}
	f, ok := probes[os.Args[1]]
	if !ok {
		fmt.Println("no probe", os.Args[1])
		os.Exit(2)
	}
	f()
	fmt.Print(strings.Join(out, "\n") + "\n")
}

func init() {
	// --- Mutex ---------------------------------------------------------
	// main holds mu; A, B, C block in Lock (in that order); main unlocks and
	// immediately locks again.
	probes["mutex_relock"] = func() {
		var mu sync.Mutex
		var wg sync.WaitGroup
		mu.Lock()
		for _, n := range []string{"A", "B", "C"} {
			n := n
			wg.Add(1)
			go func() {
				mu.Lock()
				say("%s locked", n)
				mu.Unlock()
				say("%s unlocked", n)
				wg.Done()
			}()
			runtime.Gosched()
		}
		say("main unlock")
		mu.Unlock()
		mu.Lock()
		say("main relocked")
		mu.Unlock()
		wg.Wait()
		say("main done")
	}
	// TryLock right after an Unlock that woke a waiter.
	probes["mutex_trylock"] = func() {
		var mu sync.Mutex
		var wg sync.WaitGroup
		mu.Lock()
		wg.Add(1)
		go func() {
			mu.Lock()
			say("A locked")
			mu.Unlock()
			wg.Done()
		}()
		runtime.Gosched()
		mu.Unlock()
		ok := mu.TryLock()
		say("main trylock=%v", ok)
		if ok {
			mu.Unlock()
		}
		wg.Wait()
	}
	// Two goroutines loop Lock; print; Gosched; Unlock.
	probes["mutex_loop"] = func() { mutexLoop(runtime.Gosched) }
	// Unlock with 3 waiters; main then blocks (no barging): which waiter first?
	probes["mutex_chain"] = func() {
		var mu sync.Mutex
		var wg sync.WaitGroup
		mu.Lock()
		for _, n := range []string{"A", "B", "C"} {
			n := n
			wg.Add(1)
			go func() {
				mu.Lock()
				say("%s locked", n)
				mu.Unlock()
				wg.Done()
			}()
			runtime.Gosched()
		}
		mu.Unlock()
		say("main unlocked")
		wg.Wait()
	}

	// --- RWMutex ---------------------------------------------------------
	// readers R1..R3 wait behind main's write lock.
	probes["rw_readers"] = func() {
		rwBehind([]string{"R1", "R2", "R3"}, false)
	}
	// readers R1, R2 and a writer W2 (between them) wait behind main's write lock.
	probes["rw_readers_writer"] = func() {
		rwBehind([]string{"R1", "W2", "R2"}, false)
	}
	// writer W waits behind readers R1, R2 (who hold and yield); R3 arrives after W.
	probes["rw_writer_behind_readers"] = func() {
		var rw sync.RWMutex
		var wg sync.WaitGroup
		for _, n := range []string{"R1", "R2", "W", "R3"} {
			n := n
			wg.Add(1)
			go func() {
				if n == "W" {
					rw.Lock()
					say("W locked")
					rw.Unlock()
					say("W unlocked")
				} else {
					rw.RLock()
					say("%s rlocked", n)
					runtime.Gosched()
					runtime.Gosched()
					rw.RUnlock()
					say("%s runlocked", n)
				}
				wg.Done()
			}()
			runtime.Gosched()
		}
		wg.Wait()
	}
	// Two writers W1, W2 queue behind main's write lock; then readers.
	probes["rw_writers"] = func() {
		rwBehind([]string{"W1", "W2", "R1", "W3"}, false)
	}

	// --- WaitGroup -------------------------------------------------------
	probes["wg_waiters"] = func() {
		var wg, all sync.WaitGroup
		wg.Add(1)
		for _, n := range []string{"W1", "W2", "W3"} {
			n := n
			all.Add(1)
			go func() {
				wg.Wait()
				say("%s released", n)
				all.Done()
			}()
			runtime.Gosched()
		}
		say("main done")
		wg.Done()
		say("main after done")
		all.Wait()
	}

	// --- Cond ------------------------------------------------------------
	condProbe := func(broadcast bool) func() {
		return func() {
			var mu sync.Mutex
			c := sync.NewCond(&mu)
			var all sync.WaitGroup
			for _, n := range []string{"W1", "W2", "W3"} {
				n := n
				all.Add(1)
				go func() {
					mu.Lock()
					c.Wait()
					say("%s woke", n)
					mu.Unlock()
					all.Done()
				}()
				runtime.Gosched()
			}
			mu.Lock()
			if broadcast {
				c.Broadcast()
			} else {
				c.Signal()
				c.Signal()
				c.Signal()
			}
			say("main signalled")
			mu.Unlock()
			all.Wait()
		}
	}
	probes["cond_broadcast"] = condProbe(true)
	probes["cond_signal3"] = condProbe(false)
	// Signal, then main unlocks and relocks before the woken waiter runs.
	probes["cond_signal_relock"] = func() {
		var mu sync.Mutex
		c := sync.NewCond(&mu)
		var all sync.WaitGroup
		all.Add(1)
		go func() {
			mu.Lock()
			c.Wait()
			say("W woke")
			mu.Unlock()
			all.Done()
		}()
		runtime.Gosched()
		mu.Lock()
		c.Signal()
		mu.Unlock()
		mu.Lock()
		say("main relocked")
		mu.Unlock()
		all.Wait()
	}

	// --- Once ------------------------------------------------------------
	probes["once"] = func() {
		var once sync.Once
		var all sync.WaitGroup
		for _, n := range []string{"A", "B", "C", "D"} {
			n := n
			all.Add(1)
			go func() {
				once.Do(func() {
					say("%s runs f", n)
					runtime.Gosched()
					runtime.Gosched()
					say("%s f ends", n)
				})
				say("%s past Do", n)
				all.Done()
			}()
			runtime.Gosched()
		}
		all.Wait()
	}

	// --- Timers ----------------------------------------------------------
	// A, B, C sleep to (almost) the same deadline.
	probes["sleep_same"] = func() {
		var all sync.WaitGroup
		for _, n := range []string{"A", "B", "C"} {
			n := n
			all.Add(1)
			go func() {
				say("%s sleeps", n)
				time.Sleep(20 * time.Millisecond)
				say("%s woke", n)
				all.Done()
			}()
		}
		all.Wait()
	}
	probes["sleep_diff"] = func() {
		var all sync.WaitGroup
		for i, n := range []string{"A", "B", "C"} {
			n, d := n, time.Duration(30-10*i)*time.Millisecond
			all.Add(1)
			go func() {
				time.Sleep(d)
				say("%s woke", n)
				all.Done()
			}()
		}
		all.Wait()
	}
	// time.Sleep(0) is not a yield in Go.
	probes["sleep_zero"] = func() {
		go func() { say("A ran") }()
		time.Sleep(0)
		say("main after Sleep(0)")
		time.Sleep(10 * time.Millisecond)
	}
	// A sleeper whose deadline passes while others are runnable.
	probes["sleep_tiny"] = func() {
		var all sync.WaitGroup
		all.Add(2)
		go func() { say("A ran"); all.Done() }()
		go func() { say("B ran"); all.Done() }()
		time.Sleep(1) // 1ns: expired at the next schedule
		say("main woke")
		all.Wait()
	}
	probes["after_zero"] = func() {
		var all sync.WaitGroup
		c := time.After(0)
		all.Add(2)
		go func() { say("A ran"); all.Done() }()
		go func() { say("B ran"); all.Done() }()
		<-c
		say("main got after(0)")
		all.Wait()
	}
	// Several goroutines select on time.After to the same deadline.
	probes["after_select_same"] = func() {
		var all sync.WaitGroup
		never := make(chan int)
		for _, n := range []string{"A", "B", "C"} {
			n := n
			all.Add(1)
			go func() {
				select {
				case <-never:
				case <-time.After(20 * time.Millisecond):
					say("%s timed out", n)
				}
				all.Done()
			}()
			runtime.Gosched()
		}
		all.Wait()
	}
	// A select woken by its time.After while a sleeper has the same deadline.
	probes["after_vs_sleep"] = func() {
		var all sync.WaitGroup
		all.Add(2)
		go func() {
			select {
			case <-time.After(20 * time.Millisecond):
				say("S timed out")
			}
			all.Done()
		}()
		runtime.Gosched()
		go func() {
			time.Sleep(20 * time.Millisecond)
			say("Z woke")
			all.Done()
		}()
		runtime.Gosched()
		all.Wait()
	}
	probes["ticker"] = func() {
		tk := time.NewTicker(10 * time.Millisecond)
		var all sync.WaitGroup
		all.Add(1)
		go func() {
			for i := 0; i < 3; i++ {
				<-tk.C
				say("tick %d", i)
			}
			tk.Stop()
			all.Done()
		}()
		all.Wait()
		say("main done")
	}

	// --- Channels --------------------------------------------------------
	probes["chan_senders"] = func() {
		ch := make(chan string)
		var all sync.WaitGroup
		for _, n := range []string{"S1", "S2", "S3"} {
			n := n
			all.Add(1)
			go func() {
				ch <- n
				say("%s sent", n)
				all.Done()
			}()
			runtime.Gosched()
		}
		for i := 0; i < 3; i++ {
			say("main got %s", <-ch)
		}
		all.Wait()
	}
	probes["chan_receivers"] = func() {
		ch := make(chan int)
		var all sync.WaitGroup
		for _, n := range []string{"R1", "R2", "R3"} {
			n := n
			all.Add(1)
			go func() {
				v := <-ch
				say("%s got %d", n, v)
				all.Done()
			}()
			runtime.Gosched()
		}
		for i := 1; i <= 3; i++ {
			ch <- i
			say("main sent %d", i)
		}
		all.Wait()
	}
	probes["chan_buffered_senders"] = func() {
		ch := make(chan int, 1)
		var all sync.WaitGroup
		ch <- 0
		for i, n := range []string{"S1", "S2", "S3"} {
			n, i := n, i+1
			all.Add(1)
			go func() {
				ch <- i
				say("%s sent %d", n, i)
				all.Done()
			}()
			runtime.Gosched()
		}
		for i := 0; i < 4; i++ {
			say("main got %d", <-ch)
		}
		all.Wait()
	}
	probes["chan_pipeline"] = func() {
		a, b, c := make(chan int), make(chan int), make(chan int)
		go func() {
			for i := 0; i < 3; i++ {
				say("gen send %d", i)
				a <- i
			}
			close(a)
		}()
		go func() {
			for v := range a {
				say("sq got %d", v)
				b <- v * v
			}
			close(b)
		}()
		go func() {
			for v := range b {
				say("add got %d", v)
				c <- v + 1
			}
			close(c)
		}()
		for v := range c {
			say("main got %d", v)
		}
	}
	// a ring of 3 goroutines passing a token
	probes["chan_ring"] = func() {
		chs := []chan int{make(chan int), make(chan int), make(chan int)}
		done := make(chan bool)
		for i := 0; i < 3; i++ {
			i := i
			go func() {
				for {
					v := <-chs[i]
					say("g%d got %d", i, v)
					if v >= 6 {
						done <- true
						return
					}
					chs[(i+1)%3] <- v + 1
					say("g%d passed", i)
				}
			}()
		}
		chs[0] <- 0
		<-done
	}
	// Select woken by a send: S waits in select on a and b; R waits on a.
	probes["select_woken"] = func() {
		a, b := make(chan int), make(chan int)
		var all sync.WaitGroup
		all.Add(2)
		go func() {
			select {
			case v := <-a:
				say("S got a %d", v)
			case v := <-b:
				say("S got b %d", v)
			}
			all.Done()
		}()
		runtime.Gosched()
		go func() {
			v := <-a
			say("R got a %d", v)
			all.Done()
		}()
		runtime.Gosched()
		a <- 1
		say("main sent 1")
		a <- 2
		say("main sent 2")
		all.Wait()
	}
	// Several selects woken in turn by sends on a shared channel.
	probes["select_several"] = func() {
		a, b := make(chan int), make(chan int)
		var all sync.WaitGroup
		for _, n := range []string{"S1", "S2", "S3"} {
			n := n
			all.Add(1)
			go func() {
				select {
				case v := <-a:
					say("%s got a %d", n, v)
				case v := <-b:
					say("%s got b %d", n, v)
				}
				all.Done()
			}()
			runtime.Gosched()
		}
		a <- 1
		b <- 2
		a <- 3
		say("main sent")
		all.Wait()
	}

	// Once where f blocks on a channel (no Gosched involved).
	probes["once_chan"] = func() {
		var once sync.Once
		var all sync.WaitGroup
		release := make(chan int)
		for _, n := range []string{"A", "B", "C", "D"} {
			n := n
			all.Add(1)
			go func() {
				once.Do(func() {
					say("%s runs f", n)
					<-release
					say("%s f ends", n)
				})
				say("%s past Do", n)
				all.Done()
			}()
			runtime.Gosched()
		}
		release <- 1
		say("main released")
		all.Wait()
	}
	// A and B loop: Lock; print; Sleep(5ms); Unlock (starvation mode in Go).
	probes["mutex_sleep_loop"] = func() { mutexLoop(func() { time.Sleep(5 * time.Millisecond) }) }
	// main write-unlocks with readers R1, R2 and writer W2 waiting, then write-locks again.
	probes["rw_relock"] = func() {
		rwBehind([]string{"R1", "W2", "R2"}, true)
	}
	// ticker with a slow consumer: ticks are dropped while C is full.
	probes["ticker_slow"] = func() {
		start := time.Now()
		tk := time.NewTicker(10 * time.Millisecond)
		time.Sleep(35 * time.Millisecond)
		for i := 0; i < 2; i++ {
			t := <-tk.C
			say("tick at %dms, received at %dms", t.Sub(start).Round(10*time.Millisecond)/time.Millisecond,
				time.Since(start).Round(5*time.Millisecond)/time.Millisecond)
		}
		tk.Stop()
	}
	// Gosch-ed goroutine vs goroutines readied later by a WaitGroup.
	probes["gosched_vs_wg"] = func() {
		var wg, all sync.WaitGroup
		wg.Add(1)
		all.Add(3)
		for _, n := range []string{"W1", "W2"} {
			n := n
			go func() { wg.Wait(); say("%s released", n); all.Done() }()
			runtime.Gosched()
		}
		go func() { say("Y runs"); runtime.Gosched(); say("Y back"); all.Done() }()
		go func() { say("T runs"); wg.Done(); say("T done") }()
		all.Wait()
	}

	// tests/unit/test_rt_time.c order_main, in Go (1s -> 100ms).
	probes["test_rt_time_order"] = func() {
		for _, n := range []string{"a", "b", "c"} {
			n := n
			go func() { time.Sleep(100 * time.Millisecond); say("%s", n) }()
		}
		time.Sleep(200 * time.Millisecond)
	}

	// --- Gosched ---------------------------------------------------------
	// X queued; main Gosched; then B readies C and D.
	probes["gosched_global"] = func() {
		var all sync.WaitGroup
		all.Add(4)
		go func() { say("X ran"); all.Done() }()
		go func() {
			say("B ran")
			go func() { say("C ran"); all.Done() }()
			go func() { say("D ran"); all.Done() }()
			all.Done()
		}()
		runtime.Gosched()
		say("main back")
		all.Wait()
	}
	// gosched-ed goroutine vs one woken later by a channel
	probes["gosched_vs_wake"] = func() {
		ch := make(chan int)
		var all sync.WaitGroup
		all.Add(3)
		go func() { <-ch; say("R1 got"); all.Done() }()
		runtime.Gosched()
		go func() { <-ch; say("R2 got"); all.Done() }()
		runtime.Gosched()
		go func() {
			say("Y runs")
			runtime.Gosched()
			say("Y back")
			all.Done()
		}()
		go func() {
			ch <- 1
			ch <- 2
			say("T sent")
		}()
		all.Wait()
	}
}
