// tree_printer.go: a recursive printer over interface{} values (maps with
// sorted keys, slices, strings, numbers, bools, nil) using a type switch.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v interface{}, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			render(x[k], indent+1, b)
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	case []interface{}:
		b.WriteString("[")
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			render(e, indent, b)
		}
		b.WriteString("]")
	case string:
		fmt.Fprintf(b, "%q", x)
	case int, float64, bool:
		fmt.Fprint(b, x)
	case nil:
		b.WriteString("null")
	default:
		fmt.Fprintf(b, "<%T>", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "conclab",
		"version": 1.5,
		"tags":    []interface{}{"go", "c", 3, true, nil},
		"owner":   map[string]interface{}{"id": 7, "admin": false},
		"empty":   []interface{}{},
		"odd":     struct{}{},
	}
	var b strings.Builder
	render(doc, 0, &b)
	fmt.Println(b.String())
}
