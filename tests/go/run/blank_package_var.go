// blank_package_var.go: a package-level `var _ = f()` runs f during
// initialisation (a common way to run a check or register something).
package main

import "fmt"

var _ = record("blank var ran")

func record(s string) bool {
	fmt.Println(s)
	return true
}

func main() {
	fmt.Println("main")
}
