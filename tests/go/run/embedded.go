package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	sync.Mutex
	m map[string]int
}

type Animal struct{ Name string }

func (a Animal) Hello() string { return "I am " + a.Name }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Kennel struct {
	*Dog
	size int
}

func main() {
	s := SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Lock()
			s.m[fmt.Sprint(i%3)]++
			s.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(s.m)
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Hello(), d.Name)
	d.Rename("max")
	fmt.Println(d.Hello(), d.Animal.Name)
	k := Kennel{&d, 3}
	k.Rename("bo")
	fmt.Println(k.Hello(), d.Name, k.size)
	fmt.Printf("%+v\n", d)
}
