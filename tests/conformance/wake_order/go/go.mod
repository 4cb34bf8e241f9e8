module wakeprobe

go 1.19
