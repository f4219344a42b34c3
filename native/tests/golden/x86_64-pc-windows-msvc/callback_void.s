; void() [callback]
; u0:0 = jitffi_callback_void()
; u0:1 = jitffi_callback_dispatch
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x40, %rsp
  movq %rsi, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
  movq %rdi, 0x38(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p7i }
block0:
  leaq <offset:1>+(%rsp), %rsi
  movq %rcx, <offset:1>+(%rsp)
  load_ext_name userextname0+0, %rdi
  movq %rsi, %rcx
  call    *%rdi
  movq 0x30(%rsp), %rsi
  movq 0x38(%rsp), %rdi
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 62 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 40 48 89 74 24 30 48 89 7c
; 0010: 24 38 48 8d 74 24 20 48 89 4c 24 20 48 bf 00 00
; 0020: 00 00 00 00 00 00 48 89 f1 ff d7 48 8b 74 24 30
; 0030: 48 8b 7c 24 38 48 83 c4 40 48 89 ec 5d c3
