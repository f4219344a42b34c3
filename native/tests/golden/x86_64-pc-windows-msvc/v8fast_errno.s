; i32(pointer,i32) errno [v8fast tier]
; u0:0 = jitffi_v8fast_i32(pointer,i32) errno
; u1:0 (userextname0) = jitffi_sync_calls
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
  movq %r14, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p14i }
  movdqu %xmm6, 0x40(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p6f }
block0:
  movq %r9, %rdi
  movq %r8, %r14
  movdqa %xmm1, %xmm6
  load_ext_name userextname0+0, %rsi
  movabsq $0x100000001, %r9
  addq %r9, (%rsi)
  load_ext_name userextname1+0, %r10
  call    *%r10
  movdqa %xmm6, %xmm1
  movq %xmm1, %r11
  movq %r14, %rcx
  movq %rdi, %rdx
  call    *%r11
  movq %rax, %rdi
  load_ext_name userextname2+0, %r11
  call    *%r11
  addq $0xffffffffffffffff, (%rsi)
  movq %rdi, %rax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  movq 0x30(%rsp), %r14
  movdqu 0x40(%rsp), %xmm6
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 146 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 50 48 89 74 24 20 48 89 7c
; 0010: 24 28 4c 89 74 24 30 f3 0f 7f 74 24 40 4c 89 cf
; 0020: 4d 89 c6 66 0f 6f f1 48 be 00 00 00 00 00 00 00
; 0030: 00 49 b9 01 00 00 00 01 00 00 00 4c 01 0e 49 ba
; 0040: 00 00 00 00 00 00 00 00 41 ff d2 66 0f 6f ce 66
; 0050: 49 0f 7e cb 4c 89 f1 48 89 fa 41 ff d3 48 89 c7
; 0060: 49 bb 00 00 00 00 00 00 00 00 41 ff d3 48 83 06
; 0070: ff 48 89 f8 48 8b 74 24 20 48 8b 7c 24 28 4c 8b
; 0080: 74 24 30 f3 0f 6f 74 24 40 48 83 c4 50 48 89 ec
; 0090: 5d c3
