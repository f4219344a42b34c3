; f32(f32,f32) [fast tier]
; u0:0 = jitffi_fast_f32(f32,f32)
; u1:0 (userextname0) = jitffi_slots
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
  movq (%rsi), %rdi
  movss 0x10(%rsi), %xmm0
  movss 0x18(%rsi), %xmm1
  call    *%rdi
  movss %xmm0, 8(%rsi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 70 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 48 be 00 00 00 00 00 00 00 00 48 8b 3e f3
; 0020: 0f 10 46 10 f3 0f 10 4e 18 ff d7 f3 0f 11 46 08
; 0030: 48 33 c0 48 8b 74 24 20 48 8b 7c 24 28 48 83 c4
; 0040: 30 48 89 ec 5d c3
