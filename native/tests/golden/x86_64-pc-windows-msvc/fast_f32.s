; f32(f32,f32) [fast tier]
; u0:0 = jitffi_fast_f32(f32,f32)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
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
  movq (%rsi), %r8
  movss 0x10(%rsi), %xmm0
  movss 0x18(%rsi), %xmm1
  load_ext_name userextname1+0, %rdi
  movabsq $0x100000001, %r9
  addq %r9, (%rdi)
  call    *%r8
  movss %xmm0, 8(%rsi)
  addq $0xffffffffffffffff, (%rdi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 98 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 48 be 00 00 00 00 00 00 00 00 4c 8b 06 f3
; 0020: 0f 10 46 10 f3 0f 10 4e 18 48 bf 00 00 00 00 00
; 0030: 00 00 00 49 b9 01 00 00 00 01 00 00 00 4c 01 0f
; 0040: 41 ff d0 f3 0f 11 46 08 48 83 07 ff 48 33 c0 48
; 0050: 8b 74 24 20 48 8b 7c 24 28 48 83 c4 30 48 89 ec
; 0060: 5d c3
