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
  movq %xmm1, %rsi
  testq %rsi, %rsi
  jl      label2; j label1
block1:
  call    *%rsi
  uninit  %rax
  xorl %eax, %eax
  jmp     label3
block2:
  load_ext_name userextname0+0, %rdi
  movabsq $0x100000001, %rax
  addq %rax, (%rdi)
  andq (%rip), %rsi
  call    *%rsi
  addq $0xffffffffffffffff, (%rdi)
  uninit  %rax
  xorl %eax, %eax
  jmp     label3
block3:
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 112 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 66 48 0f 7e ce 48 85 f6 0f 8c 09 00 00 00
; 0020: ff d6 33 c0 e9 26 00 00 00 48 bf 00 00 00 00 00
; 0030: 00 00 00 48 b8 01 00 00 00 01 00 00 00 48 01 07
; 0040: 48 23 35 21 00 00 00 ff d6 48 83 07 ff 33 c0 48
; 0050: 8b 74 24 20 48 8b 7c 24 28 48 83 c4 30 48 89 ec
; 0060: 5d c3 00 00 00 00 00 00 ff ff ff ff ff ff ff 7f
