// testing: conclab's Go library package "testing", in Go, for conclab test.
// It prints what go test (-v) prints for Go 1.19: "=== RUN", logs with
// their FILE:LINE, "--- PASS/FAIL/SKIP: Name (0.00s)" with subtests
// indented under their parents, then PASS or FAIL; times are virtual.
// Each test runs in a goroutine of its own, as in Go. When a test's
// function returns, its goroutines are given until they all block (and
// no timer is pending) to finish: each still alive fails the test with
// goleak's report. A test that never finishes is stopped after 10m0s of
// virtual time with go test's timeout panic, and conclab says whether
// every goroutine was blocked (a deadlock go test would wait out).
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

type InternalTest struct {
	Name string
	F    func(*T)
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

type T struct {
	name     string
	parent   *T
	failed   bool
	skipped  bool
	finished bool
	output   []string // result lines and (without -v) log lines
	cleanups []func()
	helpers  []string
	start    time.Time
	done     chan bool
	before   []int // the goroutines alive when it started
	decl     string
	took     time.Duration
	races    int // races found before it started
}

// verbose is conclab test's -v.
func verbose() bool

// matchRun reports whether -run selects the test named name.
func matchRun(name string) bool

// callSite is "file.go:LINE" of the test code that called into testing.
func callSite(helpers []string) string

// callerName names the function that called the caller.
func callerName() string

// goroutines are the Go numbers of the goroutines alive but the caller.
func goroutines() []int

// quiescent: every goroutine but the caller blocked, no timer due within
// horizon.
func quiescent(horizon time.Duration) bool

// leakReport is goleak's report of the goroutines ids.
func leakReport(ids []int) string

// funcSite is "file.go:LINE" of f's declaration.
func funcSite(f func(*T)) string

// races is how many data races --race has found so far.
func races() int

// allStacks are the stacks of every goroutine but the caller.
func allStacks() string

var chatty bool
var lastRun string // the test whose name -v printed last

func printRun(kind, name string) {
	fmt.Printf("=== %s %s\n", kind, name)
	lastRun = name
}

func (t *T) Name() string { return t.name }

func (t *T) Helper() { t.helpers = append(t.helpers, callerName()) }

func (t *T) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }

func (t *T) Fail() {
	for p := t; p != nil; p = p.parent {
		p.failed = true
	}
}

func (t *T) Failed() bool  { return t.failed }
func (t *T) Skipped() bool { return t.skipped }

func (t *T) log(s string) { t.logAt(callSite(t.helpers), s) }

func (t *T) logAt(site, s string) {
	line := "    " + site + ": " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n        ")
	if chatty {
		if lastRun != t.name {
			printRun("CONT ", t.name)
		}
		fmt.Println(line)
		return
	}
	t.output = append(t.output, strings.Split(line, "\n")...)
}

func (t *T) Log(args ...any)                 { t.log(fmt.Sprintln(args...)) }
func (t *T) Logf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)) }
func (t *T) Error(args ...any)               { t.log(fmt.Sprintln(args...)); t.Fail() }
func (t *T) Errorf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.Fail()
}
func (t *T) FailNow() {
	t.Fail()
	t.finished = true
	runtime.Goexit()
}
func (t *T) Fatal(args ...any) { t.log(fmt.Sprintln(args...)); t.FailNow() }
func (t *T) Fatalf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.FailNow()
}
func (t *T) SkipNow() {
	t.skipped = true
	t.finished = true
	runtime.Goexit()
}
func (t *T) Skip(args ...any)                 { t.log(fmt.Sprintln(args...)); t.SkipNow() }
func (t *T) Skipf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)); t.SkipNow() }

// Parallel runs the test where it stands: conclab runs tests one after
// another (its explorer chooses the interleavings).
func (t *T) Parallel() {}

func (t *T) TempDir() string { return "/tmp/conclab-" + strings.ReplaceAll(t.name, "/", "_") }

func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Now().Add(10 * time.Minute), true }

func Short() bool   { return false }
func Verbose() bool { return chatty }

// Run runs f as a subtest of t named name, in a goroutine of its own, and
// waits for it.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + strings.ReplaceAll(name, " ", "_"), parent: t, done: make(chan bool)}
	if !matchRun(sub.name) {
		return true
	}
	if chatty {
		printRun("RUN  ", sub.name)
	}
	go tRunner(sub, f)
	<-sub.done
	if chatty && lastRun != t.name {
		lastRun = "" // the parent's next log says CONT
	}
	return !sub.failed
}

// settle lets the goroutines the test started run until they all block
// (or for up to 10s of virtual time while timers keep firing).
func settle() {
	wait := time.Millisecond
	for waited := time.Duration(0); waited < 10*time.Second; waited += wait {
		if quiescent(10 * time.Second) {
			return
		}
		time.Sleep(wait)
		if wait < time.Second {
			wait *= 2
		}
	}
}

func (t *T) checkLeaks() {
	settle()
	var leaked []int
	for _, id := range goroutines() {
		old := false
		for _, b := range t.before {
			old = old || b == id
		}
		if !old {
			leaked = append(leaked, id)
		}
	}
	if len(leaked) > 0 {
		t.logAt(t.decl, "found unexpected goroutines:\n"+leakReport(leaked))
		t.Fail()
	}
}

func (t *T) result() string {
	d := t.took
	word := "PASS"
	if t.failed {
		word = "FAIL"
	} else if t.skipped {
		word = "SKIP"
	}
	return fmt.Sprintf("--- %s: %s (%.2fs)", word, t.name, d.Seconds())
}

// report hands t's result line and output to its parent, or prints them.
func (t *T) report() {
	if !t.failed && !chatty {
		return
	}
	lines := append([]string{t.result()}, t.output...)
	if t.parent == nil {
		for _, l := range lines {
			fmt.Println(l)
		}
		return
	}
	for _, l := range lines {
		t.parent.output = append(t.parent.output, "    "+l)
	}
}

func tRunner(t *T, f func(*T)) {
	t.decl = funcSite(f)
	t.start = time.Now()
	t.before = goroutines()
	t.races = races()
	defer func() {
		err := recover()
		for i := len(t.cleanups) - 1; i >= 0; i-- {
			t.cleanups[i]()
		}
		t.took = time.Since(t.start)
		if err != nil {
			t.Fail()
			for p := t; p != nil; p = p.parent {
				p.report()
			}
			panic(err)
		}
		if !t.skipped {
			t.checkLeaks()
		}
		if races() > t.races {
			t.logAt("testing.go:1319", "race detected during execution of test")
			t.Fail()
		}
		t.report()
		t.done <- true
	}()
	f(t)
}

// MainStart runs the tests in order and exits as a test binary does.
func MainStart(tests []InternalTest) {
	chatty = verbose()
	alarm := time.AfterFunc(10*time.Minute, timedOut)
	failed := false
	for _, test := range tests {
		if !matchRun(test.Name) {
			continue
		}
		t := &T{name: test.Name, done: make(chan bool)}
		if chatty {
			printRun("RUN  ", t.name)
		}
		go tRunner(t, test.F)
		<-t.done
		failed = failed || t.failed
	}
	alarm.Stop()
	if races() > 0 { // Go 1.19 says FAIL, and no more: each test said it
		failed = true
	}
	if len(tests) == 0 {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if failed {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	if chatty {
		fmt.Println("PASS")
	}
}

func timedOut() {
	blocked := quiescent(10 * time.Minute)
	fmt.Fprintln(os.Stderr, "panic: test timed out after 10m0s")
	if blocked {
		fmt.Fprintln(os.Stderr, "conclab: every goroutine was blocked: the test deadlocked (go test waits for its -timeout, 10m0s)")
	}
	fmt.Fprintln(os.Stderr, allStacks())
	os.Exit(2)
}
