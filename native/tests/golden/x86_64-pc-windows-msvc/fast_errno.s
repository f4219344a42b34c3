; i32(string,i32) errno [fast tier]
; u0:0 = jitffi_fast_i32(string,i32) errno
; u1:0 (userextname0) = jitffi_slots
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
  load_ext_name userextname0+0, %rsi
  movq (%rsi), %rdi
  movq 0x10(%rsi), %r12
  movl 0x18(%rsi), %r13d
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq %r12, %rcx
  movq %r13, %rdx
  call    *%rdi
  movq %rax, %rdi
  load_ext_name userextname2+0, %r9
  call    *%r9
  movq %rdi, %rax
  movl %eax, 8(%rsi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  movq 0x30(%rsp), %r12
  movq 0x38(%rsp), %r13
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 124 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 40 48 89 74 24 20 48 89 7c
; 0010: 24 28 4c 89 64 24 30 4c 89 6c 24 38 48 be 00 00
; 0020: 00 00 00 00 00 00 48 8b 3e 4c 8b 66 10 44 8b 6e
; 0030: 18 49 b8 00 00 00 00 00 00 00 00 41 ff d0 4c 89
; 0040: e1 4c 89 ea ff d7 48 89 c7 49 b9 00 00 00 00 00
; 0050: 00 00 00 41 ff d1 48 89 f8 89 46 08 48 33 c0 48
; 0060: 8b 74 24 20 48 8b 7c 24 28 4c 8b 64 24 30 4c 8b
; 0070: 6c 24 38 48 83 c4 40 48 89 ec 5d c3
