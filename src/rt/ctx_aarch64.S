/* ctx_aarch64.S: the goroutine context switch for AArch64 (AAPCS64).
 * rt_ctx_swap(void **save_sp, void *load_sp) saves x19-x30, d8-d15 and FPCR
 * in a 176-byte frame on the current stack, stores sp through save_sp,
 * loads load_sp and restores the same frame, returning through x30.
 * Assembles to nothing except on AArch64 without the ucontext fallback. */
#if defined(__aarch64__) && !defined(RT_CTX_UCONTEXT)
    .text
    .globl rt_ctx_swap
    .type rt_ctx_swap, %function
    .p2align 4
rt_ctx_swap:
    sub sp, sp, #176
    stp x19, x20, [sp, #0]
    stp x21, x22, [sp, #16]
    stp x23, x24, [sp, #32]
    stp x25, x26, [sp, #48]
    stp x27, x28, [sp, #64]
    stp x29, x30, [sp, #80]
    stp d8, d9, [sp, #96]
    stp d10, d11, [sp, #112]
    stp d12, d13, [sp, #128]
    stp d14, d15, [sp, #144]
    mrs x9, fpcr
    str x9, [sp, #160]
    mov x9, sp
    str x9, [x0]
    mov sp, x1
    ldp x19, x20, [sp, #0]
    ldp x21, x22, [sp, #16]
    ldp x23, x24, [sp, #32]
    ldp x25, x26, [sp, #48]
    ldp x27, x28, [sp, #64]
    ldp x29, x30, [sp, #80]
    ldp d8, d9, [sp, #96]
    ldp d10, d11, [sp, #112]
    ldp d12, d13, [sp, #128]
    ldp d14, d15, [sp, #144]
    ldr x9, [sp, #160]
    msr fpcr, x9
    add sp, sp, #176
    ret
    .size rt_ctx_swap, .-rt_ctx_swap
#endif
#if defined(__linux__) && defined(__ELF__)
    .section .note.GNU-stack, "", %progbits
#endif
