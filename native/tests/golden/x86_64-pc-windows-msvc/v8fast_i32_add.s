; i32(i32,i32) [v8fast tier]
; u0:0 = jitffi_v8fast_i32(i32,i32)
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
  movq %r8, %rcx
  movq %r9, %rdx
  call    *%rsi
  jmp     label3
block2:
  movq %r8, %rcx
  movq %r9, %rdx
  load_ext_name userextname0+0, %rdi
  movabsq $0x100000001, %rax
  addq %rax, (%rdi)
  andq (%rip), %rsi
  call    *%rsi
  addq $0xffffffffffffffff, (%rdi)
  jmp     label3
block3:
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 120 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 66 48 0f 7e ce 48 85 f6 0f 8c 0d 00 00 00
; 0020: 4c 89 c1 4c 89 ca ff d6 e9 2a 00 00 00 4c 89 c1
; 0030: 4c 89 ca 48 bf 00 00 00 00 00 00 00 00 48 b8 01
; 0040: 00 00 00 01 00 00 00 48 01 07 48 23 35 1f 00 00
; 0050: 00 ff d6 48 83 07 ff 48 8b 74 24 20 48 8b 7c 24
; 0060: 28 48 83 c4 30 48 89 ec 5d c3 00 00 00 00 00 00
; 0070: ff ff ff ff ff ff ff 7f
