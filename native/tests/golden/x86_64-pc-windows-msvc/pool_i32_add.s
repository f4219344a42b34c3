; i32(i32,i32) [pool tier]
; u0:0 = jitffi_pool_i32(i32,i32)
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
  movq %rcx, %rdi
  movq (%rcx), %rsi
  movl 0x10(%rcx), %ecx
  movq %rdi, %r10
  movl 0x18(%r10), %edx
  call    *%rsi
  movq %rdi, %rcx
  movl %eax, 8(%rcx)
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 61 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 48 89 cf 48 8b 31 8b 49 10 49 89 fa 41 8b
; 0020: 52 18 ff d6 48 89 f9 89 41 08 48 8b 74 24 20 48
; 0030: 8b 7c 24 28 48 83 c4 30 48 89 ec 5d c3
