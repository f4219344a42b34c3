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
  movq %xmm1, %rdi
  testq %rdi, %rdi
  jl      label2; j label1
block1:
  movq %r8, %rcx
  movq %r9, %rdx
  call    *%rdi
  jmp     label3
block2:
  movq %r8, %rcx
  movq %r9, %rdx
  load_ext_name userextname0+0, %rax
  movabsq $0x100000001, %rsi
  addq %rsi, (%rax)
  andq (%rip), %rdi
  call    *%rdi
  load_ext_name userextname0+0, %rcx
  addq $0xffffffffffffffff, (%rcx)
  jmp     label3
block3:
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 128 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 66 48 0f 7e cf 48 85 ff 0f 8c 0d 00 00 00
; 0020: 4c 89 c1 4c 89 ca ff d7 e9 34 00 00 00 4c 89 c1
; 0030: 4c 89 ca 48 b8 00 00 00 00 00 00 00 00 48 be 01
; 0040: 00 00 00 01 00 00 00 48 01 30 48 23 3d 27 00 00
; 0050: 00 ff d7 48 b9 00 00 00 00 00 00 00 00 48 83 01
; 0060: ff 48 8b 74 24 20 48 8b 7c 24 28 48 83 c4 30 48
; 0070: 89 ec 5d c3 00 00 00 00 ff ff ff ff ff ff ff 7f
