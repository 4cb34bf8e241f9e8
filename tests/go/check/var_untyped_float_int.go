package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2
	time.Sleep(d * time.Second)
	fmt.Println(time.Second * 1.5)
}
