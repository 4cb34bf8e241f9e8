/* fuzz_golang.c: libFuzzer harness for the Go front end: the input is a
 * Go source file, compiled (scanned, parsed, branch-checked and
 * type-checked) and its errors formatted. Any crash, hang, leak or
 * sanitizer report is a finding; errors in the input are not. */
#include <stdint.h>
#include <stdio.h>

#include "golang/golang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    go_unit *u = go_compile("fuzz.go", (const char *)data, size);
    if (u && sink)
        go_unit_print_errors(u, sink);
    go_unit_free(u);
    return 0;
}
