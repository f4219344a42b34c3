; i32(pointer,i32) errno [v8fast tier]
; u0:0 = jitffi_v8fast_i32(pointer,i32) errno
; u1:0 (userextname0) = jitffi_sync_calls
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  subq $0x40, %rsp
  movq %rbx, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x28(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
block0:
  movq %r8, %rbx
  movq %r9, %rdi
  movq %xmm1, %rsi
  testq %rsi, %rsi
  jl      label2; j label1
block1:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rbx, %rcx
  movq %rdi, %rdx
  call    *%rsi
  movq %rax, %rsi
  load_ext_name userextname2+0, %rax
  call    *%rax
  movq %rsi, %rax
  jmp     label3
block2:
  load_ext_name userextname0+0, %rax
  movabsq $0x100000001, %rcx
  addq %rcx, (%rax)
  load_ext_name userextname1+0, %rax
  call    *%rax
  andq (%rip), %rsi
  movq %rbx, %rcx
  movq %rdi, %rdx
  call    *%rsi
  movq %rax, %rsi
  load_ext_name userextname2+0, %rax
  call    *%rax
  load_ext_name userextname0+0, %rax
  addq $0xffffffffffffffff, (%rax)
  movq %rsi, %rax
  jmp     label3
block3:
  movq 0x20(%rsp), %rbx
  movq 0x28(%rsp), %rsi
  movq 0x30(%rsp), %rdi
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 200 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 40 48 89 5c 24 20 48 89 74
; 0010: 24 28 48 89 7c 24 30 4c 89 c3 4c 89 cf 66 48 0f
; 0020: 7e ce 48 85 f6 0f 8c 2b 00 00 00 48 b8 00 00 00
; 0030: 00 00 00 00 00 ff d0 48 89 d9 48 89 fa ff d6 48
; 0040: 89 c6 48 b8 00 00 00 00 00 00 00 00 ff d0 48 89
; 0050: f0 e9 52 00 00 00 48 b8 00 00 00 00 00 00 00 00
; 0060: 48 b9 01 00 00 00 01 00 00 00 48 01 08 48 b8 00
; 0070: 00 00 00 00 00 00 00 ff d0 48 23 35 40 00 00 00
; 0080: 48 89 d9 48 89 fa ff d6 48 89 c6 48 b8 00 00 00
; 0090: 00 00 00 00 00 ff d0 48 b8 00 00 00 00 00 00 00
; 00a0: 00 48 83 00 ff 48 89 f0 48 8b 5c 24 20 48 8b 74
; 00b0: 24 28 48 8b 7c 24 30 48 83 c4 40 48 89 ec 5d c3
; 00c0: ff ff ff ff ff ff ff 7f
