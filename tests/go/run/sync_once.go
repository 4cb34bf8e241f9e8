package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	fmt.Println("loading config")
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["mode"]
		}()
	}
	wg.Wait()
	once.Do(func() { fmt.Println("never") })
	fmt.Println(config["mode"])
}
