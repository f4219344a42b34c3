; void() [fast tier]
; u0:0 = jitffi_fast_void()
; u1:0 (userextname0) = jitffi_slots
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x30, %rsp
  movq %rsi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
block0:
  load_ext_name userextname0+0, %rsi
  movq (%rsi), %rsi
  call    *%rsi
  uninit  %rax
  xorq %rax, %rax
  movq 0x20(%rsp), %rsi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 45 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 be 00
; 0010: 00 00 00 00 00 00 00 48 8b 36 ff d6 48 33 c0 48
; 0020: 8b 74 24 20 48 83 c4 30 48 89 ec 5d c3
