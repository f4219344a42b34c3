; void() [v8fast tier]
; u0:0 = jitffi_v8fast_void()
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x30, %rsp
  movq %rsi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
  movq %rdi, 0x28(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p7i }
block0:
  load_ext_name userextname0+0, %rsi
  movabsq $0x100000001, %rdi
  addq %rdi, (%rsi)
  movq %xmm1, %rdi
  call    *%rdi
  addq $0xffffffffffffffff, (%rsi)
  uninit  %rax
  xorl %eax, %eax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 73 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 48 be 00 00 00 00 00 00 00 00 48 bf 01 00
; 0020: 00 00 01 00 00 00 48 01 3e 66 48 0f 7e cf ff d7
; 0030: 48 83 06 ff 33 c0 48 8b 74 24 20 48 8b 7c 24 28
; 0040: 48 83 c4 30 48 89 ec 5d c3
