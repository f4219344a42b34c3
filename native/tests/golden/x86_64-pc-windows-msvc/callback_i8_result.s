; i8(u16,string) [callback]
; u0:0 = jitffi_callback_i8(u16,string)
; u0:1 = jitffi_callback_dispatch
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x50, %rsp
  movq %rdi, 0x40(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p7i }
block0:
  leaq <offset:1>+(%rsp), %rdi
  movq %r8, <offset:1>+(%rsp)
  movw %cx, <offset:1>+0x10(%rsp)
  movq %rdx, <offset:1>+0x18(%rsp)
  load_ext_name userextname0+0, %r10
  movq %rdi, %rcx
  call    *%r10
  movzbq <offset:1>+8(%rsp), %r11
  movsbq %r11b, %rax
  movq 0x40(%rsp), %rdi
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 73 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 50 48 89 7c 24 40 48 8d 7c
; 0010: 24 20 4c 89 44 24 20 66 89 4c 24 30 48 89 54 24
; 0020: 38 49 ba 00 00 00 00 00 00 00 00 48 89 f9 41 ff
; 0030: d2 4c 0f b6 5c 24 28 49 0f be c3 48 8b 7c 24 40
; 0040: 48 83 c4 50 48 89 ec 5d c3
