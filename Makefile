# conclab: build, run, test, benchmark, fuzz and install the Go concurrency tutor.
#
#   make            build build/conclab and build/rtbench
#   make run        build and start conclab
#   make test       build and run every test (TAP, through prove)
#   make SAN=address,undefined test   the same under the sanitizers
#   make CTX=ucontext test            the runtime on the portable context switch
#   make bench      runtime benchmarks beside Go and pthreads
#   make fuzz       fuzz the content loader and the Go front end (clang)
#   make install    PREFIX=/usr/local DESTDIR=
#   make format     clang-format every C file
#
# Debian packages are checked first: installed when run as root, else the
# exact apt-get line is printed and make stops.

PREFIX  ?= /usr/local
DESTDIR ?=
SAN     ?=
CTX     ?= asm
VERSION := 0.1.0

# Separate object trees per configuration so builds never mix.
ifneq ($(SAN),)
BUILD ?= build-san
else ifeq ($(CTX),ucontext)
BUILD ?= build-ucontext
else
BUILD ?= build
endif

CC      ?= cc
PKGS    := ncursesw sqlite3 libcjson
WARN    := -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Werror
CFLAGS  ?= -O2 -g
# Functions start on 64-byte lines (the CPU fetches code by such lines):
# with GCC's default, where the channel fast paths and a demo's loop fell
# moved `make bench`'s buffered figure by up to a quarter from one build
# to the next (tests/bench/ab.sh, best of 7: 6.26 ns unaligned, 4.97 ns
# aligned, the same code).
ALIGN   := -falign-functions=64 -fno-strict-aliasing
# (-fno-strict-aliasing: the Go VM reads registers, which are 8-byte
# slots, as strings, slices and interfaces, as Lua and CPython do.)
# Link-time optimisation in the default build with GCC: the channel fast
# paths (src/rt/chan.c, declared inline) are then copied into the loops
# that call them. Measured here: buffered 5.36 -> 3.87 ns per item
# (tests/bench/ab.sh against an LTO= build, best of 9) and 76 -> 61
# instructions (tests/bench/instructions.sh). The sanitizer and ucontext
# builds stay without it, so `make test` covers the inlined paths and
# they cover the calls. LTO= turns it off. The link gets the warning flags too: what it
# inlines is checked again, and warns as an error. gcc-ar indexes the
# archive of LTO objects whether or not binutils finds GCC's plugin.
ifeq ($(origin LTO)$(SAN),undefined)
ifneq ($(CTX),ucontext)
LTO := $(if $(shell $(CC) -v 2>&1 | grep '^gcc version'),-flto=auto)
endif
endif
AR_CMD  := $(if $(LTO),gcc-ar,ar)
ALL_LDFLAGS = $(LDFLAGS) $(LTO) $(if $(LTO),$(WARN)) $(if $(SAN),-fsanitize=$(SAN))
ALL_CFLAGS = $(WARN) $(CFLAGS) $(ALIGN) $(LTO) -D_GNU_SOURCE -DCONCLAB_VERSION='"$(VERSION)"' \
             -DCONCLAB_DATADIR='"$(PREFIX)/share/conclab"' \
             -Isrc -I$(BUILD)/gen $(PKG_CFLAGS)
ALL_LDLIBS = $(PKG_LIBS) -lpthread -lm

ifneq ($(SAN),)
ALL_CFLAGS += -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
ifeq ($(CTX),ucontext)
ALL_CFLAGS += -DRT_CTX_UCONTEXT
endif

# pkg-config is asked only once the packages are known to be there.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

LIB_C   := $(filter-out src/main.c,$(wildcard src/*.c src/*/*.c))
LIB_S   := $(wildcard src/rt/*.S)
LIB_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_C)) \
           $(patsubst %.S,$(BUILD)/obj/%.o,$(LIB_S)) \
           $(BUILD)/obj/gen/embedded_sources.o $(BUILD)/obj/gen/golib.o
# (the challenge puzzles are embedded the same way, for the same reason)
DEMO_C  := $(sort $(wildcard src/demos/*.c src/challenge/puzzle_*.c))
TEST_C  := $(wildcard tests/unit/test_*.c)
TEST_BIN:= $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(TEST_C))
TEST_SH := $(sort $(wildcard tests/cli/*.sh tests/e2e/*.sh))

.SECONDARY:
.PHONY: all run test bench fuzz install uninstall format clean deps check-deps FORCE
.DEFAULT_GOAL := all

all: $(BUILD)/.deps-ok $(BUILD)/conclab $(if $(wildcard tests/bench/rtbench.c),$(BUILD)/rtbench)

# --- Debian packages -------------------------------------------------------
BUILD_DEBS := gcc make pkg-config libncurses-dev libsqlite3-dev libcjson-dev
TEST_DEBS  := tmux perl sqlite3 valgrind
# $(call need_debs,PACKAGES): installs the missing ones as root, else prints
# the apt-get line and fails.
define need_debs
	@need=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || need="$$need $$p"; \
	done; \
	if [ -n "$$need" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "conclab: installing missing Debian packages:$$need"; \
	    (apt-get install -y -q $$need || (apt-get update -q && apt-get install -y -q $$need)) >&2 || exit 1; \
	  else \
	    echo "conclab: missing Debian packages. Run:"; \
	    echo "  sudo apt-get install -y$$need"; exit 1; \
	  fi; \
	fi
endef
deps: $(BUILD)/.deps-ok
$(BUILD)/.deps-ok:
	$(call need_debs,$(BUILD_DEBS))
	@mkdir -p $(BUILD) && touch $@
$(BUILD)/.deps-test-ok:
	$(call need_debs,$(TEST_DEBS))
	@mkdir -p $(BUILD) && touch $@

# --- build -----------------------------------------------------------------
# $(BUILD)/.flags holds the compiler and flags of the last build and is
# rewritten only when they change, so that `make LTO=` or new CFLAGS
# rebuild every object rather than mix old and new ones.
$(BUILD)/.flags: export CONCLAB_FLAGS_NOW = $(CC) $(ALL_CFLAGS) | $(ALL_LDFLAGS) | $(AR_CMD)
$(BUILD)/.flags: FORCE
	@mkdir -p $(BUILD)
	@printf '%s\n' "$$CONCLAB_FLAGS_NOW" | cmp -s - $@ || printf '%s\n' "$$CONCLAB_FLAGS_NOW" > $@
FORCE:

$(BUILD)/obj/%.o: %.c $(BUILD)/.flags | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.S $(BUILD)/.flags | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# Every demo's C source is embedded so the TUI shows exactly the code that runs.
$(BUILD)/gen/embedded_sources.c: $(DEMO_C) Makefile
	@mkdir -p $(dir $@)
	@{ echo '/* Generated by the Makefile from the demo sources: do not edit. */'; \
	   echo '#include "demos/embedded.h"'; \
	   echo 'const embedded_file embedded_files[] = {'; \
	   for f in $(DEMO_C); do \
	     echo "    {\"$$f\","; \
	     sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/     "/' -e 's/$$/\\n"/' $$f; \
	     echo '    },'; \
	   done; \
	   echo '    {0, 0}'; echo '};'; } > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/embedded_sources.o: $(BUILD)/gen/embedded_sources.c $(BUILD)/.flags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# The Go interpreter's library packages are Go declarations (bodies in C),
# embedded by import path: src/golang/lib/sync/atomic.go is "sync/atomic".
GOLIB := $(sort $(wildcard src/golang/lib/*.go src/golang/lib/*/*.go))
$(BUILD)/gen/golib.c: $(GOLIB) Makefile
	@mkdir -p $(dir $@)
	@{ echo '/* Generated by the Makefile from src/golang/lib: do not edit. */'; \
	   echo '#include "golang/golib.h"'; \
	   echo 'const golib_file golib_files[] = {'; \
	   for f in $(GOLIB); do \
	     p=$${f#src/golang/lib/}; echo "    {\"$${p%.go}\","; \
	     sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/     "/' -e 's/$$/\\n"/' $$f; \
	     echo '    },'; \
	   done; \
	   echo '    {0, 0}'; echo '};'; } > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/golib.o: $(BUILD)/gen/golib.c $(BUILD)/.flags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libconclab.a: $(LIB_OBJ)
	@rm -f $@
	$(AR_CMD) rcs $@ $^

$(BUILD)/conclab: $(BUILD)/obj/src/main.o $(BUILD)/libconclab.a
	$(CC) $(ALL_LDFLAGS) $^ $(ALL_LDLIBS) -o $@

# Bound at load time: a lazy PLT resolution needs more stack than the
# benchmark's 1 KiB goroutine stacks have.
$(BUILD)/rtbench: ALL_LDFLAGS += -Wl,-z,now
$(BUILD)/rtbench: $(BUILD)/obj/tests/bench/rtbench.o $(BUILD)/libconclab.a
	$(CC) $(ALL_LDFLAGS) $^ $(ALL_LDLIBS) -o $@

$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(BUILD)/libconclab.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) $^ $(ALL_LDLIBS) -o $@

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# --- run and test ----------------------------------------------------------
run: all
	./$(BUILD)/conclab

# Unit test programs and shell tests all speak TAP; prove runs them and
# prints the closing summary.
test: $(BUILD)/.deps-test-ok all $(TEST_BIN)
	@CONCLAB_BIN=$(abspath $(BUILD)/conclab) CONCLAB_BUILD=$(abspath $(BUILD)) \
	 CONCLAB_CONTENT=$(abspath content) CONCLAB_SRC=$(abspath .) \
	 prove --exec '' $(PROVE_FLAGS) $(TEST_BIN) $(TEST_SH)

bench: all
	@bash tests/bench/run.sh $(abspath $(BUILD))
	@bash tests/bench/go_vm.sh $(abspath $(BUILD))

FUZZ_SECONDS ?= 60
fuzz: $(BUILD)/.deps-ok
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/conclab/content \
	           $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/conclab $(DESTDIR)$(PREFIX)/bin/conclab
	cp -R content/. $(DESTDIR)$(PREFIX)/share/conclab/content/
	install -m 644 data/conclab.1 $(DESTDIR)$(PREFIX)/share/man/man1/conclab.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/conclab $(DESTDIR)$(PREFIX)/share/man/man1/conclab.1
	rm -rf $(DESTDIR)$(PREFIX)/share/conclab

format:
	clang-format -i $$(find src tests -name '*.[ch]')

clean:
	rm -rf build build-san build-ucontext build-fuzz
