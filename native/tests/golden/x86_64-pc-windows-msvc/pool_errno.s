; i32(string,i32) errno [pool tier]
; u0:0 = jitffi_pool_i32(string,i32) errno
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  subq $0x40, %rsp
  movq %rsi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
  movq %rdi, 0x28(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p7i }
  movq %r12, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p12i }
  movq %r13, 0x38(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p13i }
block0:
  movq (%rcx), %rdi
  movq 0x10(%rcx), %rsi
  movl 0x18(%rcx), %r12d
  movq %rcx, %r13
  load_ext_name userextname0+0, %r8
  call    *%r8
  movq %rsi, %rcx
  movq %r12, %rdx
  call    *%rdi
  movq %rax, %rsi
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq %rsi, %rax
  movq %r13, %rcx
  movl %eax, 8(%rcx)
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  movq 0x30(%rsp), %r12
  movq 0x38(%rsp), %r13
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 117 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 40 48 89 74 24 20 48 89 7c
; 0010: 24 28 4c 89 64 24 30 4c 89 6c 24 38 48 8b 39 48
; 0020: 8b 71 10 44 8b 61 18 49 89 cd 49 b8 00 00 00 00
; 0030: 00 00 00 00 41 ff d0 48 89 f1 4c 89 e2 ff d7 48
; 0040: 89 c6 49 b8 00 00 00 00 00 00 00 00 41 ff d0 48
; 0050: 89 f0 4c 89 e9 89 41 08 48 8b 74 24 20 48 8b 7c
; 0060: 24 28 4c 8b 64 24 30 4c 8b 6c 24 38 48 83 c4 40
; 0070: 48 89 ec 5d c3
