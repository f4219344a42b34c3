; i32(i32,i32) [callback]
; u0:0 = jitffi_callback_i32(i32,i32)
; u0:1 = jitffi_callback_dispatch
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x50, %rsp
  movq %rsi, 0x40(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
block0:
  leaq <offset:1>+(%rsp), %rsi
  movq %r8, <offset:1>+(%rsp)
  movl %ecx, <offset:1>+0x10(%rsp)
  movl %edx, <offset:1>+0x18(%rsp)
  load_ext_name userextname0+0, %r9
  movq %rsi, %rcx
  call    *%r9
  movl <offset:1>+8(%rsp), %eax
  movq 0x40(%rsp), %rsi
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 65 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 50 48 89 74 24 40 48 8d 74
; 0010: 24 20 4c 89 44 24 20 89 4c 24 30 89 54 24 38 49
; 0020: b9 00 00 00 00 00 00 00 00 48 89 f1 41 ff d1 8b
; 0030: 44 24 28 48 8b 74 24 40 48 83 c4 50 48 89 ec 5d
; 0040: c3
