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
  load_ext_name userextname0+0, %rax
  movabsq $0x100000001, %rcx
  addq %rcx, (%rax)
  andq (%rip), %rsi
  call    *%rsi
  load_ext_name userextname0+0, %rax
  addq $0xffffffffffffffff, (%rax)
  uninit  %rax
  xorl %eax, %eax
  jmp     label3
block3:
  movq 0x20(%rsp), %rsi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 112 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 66 48 0f
; 0010: 7e ce 48 85 f6 0f 8c 09 00 00 00 ff d6 33 c0 e9
; 0020: 30 00 00 00 48 b8 00 00 00 00 00 00 00 00 48 b9
; 0030: 01 00 00 00 01 00 00 00 48 01 08 48 23 35 26 00
; 0040: 00 00 ff d6 48 b8 00 00 00 00 00 00 00 00 48 83
; 0050: 00 ff 33 c0 48 8b 74 24 20 48 83 c4 30 48 89 ec
; 0060: 5d c3 00 00 00 00 00 00 ff ff ff ff ff ff ff 7f
