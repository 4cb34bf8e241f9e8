package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Counter struct {
	name  string
	count int
	tags  []string
}

func (c *Counter) Inc() { c.count++ }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p.Add(q))
	p.Scale(3)
	fmt.Println(p)
	pp := &p
	pp.Scale(2)
	fmt.Println(*pp, pp.X, p == Point{6, 12})
	fmt.Printf("%v %+v\n", p, p)
	c := Counter{name: "c"}
	for i := 0; i < 5; i++ {
		c.Inc()
	}
	c.tags = append(c.tags, "x")
	fmt.Printf("%+v\n", c)
	cs := []Counter{{name: "a"}, {name: "b"}}
	cs[1].Inc()
	fmt.Println(cs[1].count, len(cs))
	ptrs := []*Point{{1, 1}, {2, 2}}
	ptrs[0].Scale(5)
	fmt.Println(*ptrs[0], ptrs[1].Y)
	np := new(Point)
	np.X = 4
	fmt.Println(*np)
}
