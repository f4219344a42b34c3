; i32(string,i32) errno [fast tier]
; u0:0 = jitffi_fast_i32(string,i32) errno
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x50, %rsp
  movq %rsi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
  movq %rdi, 0x28(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p7i }
  movq %r12, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p12i }
  movq %r13, 0x38(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p13i }
  movq %r14, 0x40(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p14i }
block0:
  load_ext_name userextname0+0, %rsi
  movq (%rsi), %r12
  movq 0x10(%rsi), %r13
  movl 0x18(%rsi), %r14d
  load_ext_name userextname1+0, %rdi
  movabsq $0x100000001, %r10
  addq %r10, (%rdi)
  load_ext_name userextname2+0, %r11
  call    *%r11
  movq %r13, %rcx
  movq %r14, %rdx
  call    *%r12
  movq %rax, %r14
  load_ext_name userextname3+0, %rax
  call    *%rax
  movq %r14, %rax
  movl %eax, 8(%rsi)
  addq $0xffffffffffffffff, (%rdi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  movq 0x30(%rsp), %r12
  movq 0x38(%rsp), %r13
  movq 0x40(%rsp), %r14
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 161 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 50 48 89 74 24 20 48 89 7c
; 0010: 24 28 4c 89 64 24 30 4c 89 6c 24 38 4c 89 74 24
; 0020: 40 48 be 00 00 00 00 00 00 00 00 4c 8b 26 4c 8b
; 0030: 6e 10 44 8b 76 18 48 bf 00 00 00 00 00 00 00 00
; 0040: 49 ba 01 00 00 00 01 00 00 00 4c 01 17 49 bb 00
; 0050: 00 00 00 00 00 00 00 41 ff d3 4c 89 e9 4c 89 f2
; 0060: 41 ff d4 49 89 c6 48 b8 00 00 00 00 00 00 00 00
; 0070: ff d0 4c 89 f0 89 46 08 48 83 07 ff 48 33 c0 48
; 0080: 8b 74 24 20 48 8b 7c 24 28 4c 8b 64 24 30 4c 8b
; 0090: 6c 24 38 4c 8b 74 24 40 48 83 c4 50 48 89 ec 5d
; 00a0: c3
