// embed_misc.go: embedding beyond plain structs: a named int type with a
// method, an embedded *sync.Mutex, a promoted pointer method used as a
// method value and from a goroutine, an anonymous interface in a type
// switch, and an interface with an unexported method.
package main

import (
	"fmt"
	"sync"
)

type MyInt int

func (m MyInt) Double() int { return int(m) * 2 }

type Wrapped struct {
	MyInt
	Label string
}

type Locked struct {
	*sync.Mutex
	n int
}

type Inner struct {
	mu sync.Mutex
	n  int
}

func (i *Inner) Inc() {
	i.mu.Lock()
	i.n++
	i.mu.Unlock()
}

type Outer struct{ Inner }

type secretive interface{ secret() int }

type T struct{}

func (T) secret() int { return 7 }
func (T) M() string   { return "m" }

func main() {
	w := Wrapped{3, "three"}
	fmt.Println(w.Double(), w.MyInt, w.Label)
	l := Locked{Mutex: &sync.Mutex{}}
	l.Lock()
	l.n++
	l.Unlock()
	fmt.Println(l.n)
	var o Outer
	inc := o.Inc
	inc()
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Inc()
		}()
	}
	wg.Wait()
	fmt.Println(o.n)
	var x interface{} = T{}
	switch v := x.(type) {
	case interface{ M() string }:
		fmt.Println("has M:", v.M())
	}
	var s secretive = T{}
	fmt.Println(s.secret())
}
