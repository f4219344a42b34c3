; void(pointer,u64) [pool tier]
; u0:0 = jitffi_pool_void(pointer,u64)
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
  movq (%rcx), %rsi
  movq 0x10(%rcx), %rdi
  movq 0x18(%rcx), %rdx
  movq %rdi, %rcx
  call    *%rsi
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 53 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 48 8b 31 48 8b 79 10 48 8b 51 18 48 89 f9
; 0020: ff d6 48 8b 74 24 20 48 8b 7c 24 28 48 83 c4 30
; 0030: 48 89 ec 5d c3
