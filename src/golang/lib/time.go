// time: the declarations of conclab's Go library package "time".
// Functions without bodies are implemented in C by the interpreter
// (vm_lib_time.c); the others are Go, run as the program's code is.
package time
type Duration int64
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)
func (d Duration) String() string
func (d Duration) Nanoseconds() int64 { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}
func ParseDuration(s string) (Duration, error)
type Month int
type Weekday int
type Time struct { ns int64 }
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
)
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration { return t.Sub(Now()) }
func Unix(sec int64, nsec int64) Time
func (t Time) Add(d Duration) Time { return Time{t.ns + int64(d)} }
func (t Time) Sub(u Time) Duration
func (t Time) After(u Time) bool { return t.ns > u.ns }
func (t Time) Before(u Time) bool { return t.ns < u.ns }
func (t Time) Equal(u Time) bool { return t.ns == u.ns }
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64
func (t Time) Format(layout string) string
func (t Time) String() string
func (t Time) Round(d Duration) Time
func (t Time) Truncate(d Duration) Time
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
type Timer struct {
	C <-chan Time
	r uintptr
}
func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
type Ticker struct {
	C <-chan Time
	r uintptr
}
func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
