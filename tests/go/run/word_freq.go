// word_freq.go: counting words (lower-cased, punctuation trimmed by hand),
// then the top entries sorted by count descending and word ascending.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick fox, a lazy dog, and THE end.`

func clean(w string) string {
	w = strings.ToLower(w)
	for len(w) > 0 && strings.Contains(".,;!?", w[len(w)-1:]) {
		w = w[:len(w)-1]
	}
	return w
}

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		if c := clean(w); c != "" {
			counts[c]++
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:6] {
		fmt.Printf("%-6s %d %s\n", e.w, e.n, strings.Repeat("#", e.n))
	}
	fmt.Println(len(counts), "distinct words")
}
