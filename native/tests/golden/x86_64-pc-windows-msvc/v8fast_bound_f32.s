; f32(f32) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_f32(f32)
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  subq $0x20, %rsp
block0:
  movdqa %xmm1, %xmm0
  movl $0x2000, %eax
  movzbq (%rax), %rax
  testl %eax, %eax
  jnz     label4; j label1
block1:
  movl $0x3000, %eax
  movzbq (%rax), %rax
  testl %eax, %eax
  jnz     label3; j label2
block2:
  movl $0x1000, %eax
  call    *%rax
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block3:
  movl $0x6000, %eax
  movabsq $0x8000000000001000, %rdx
  movq %rdx, %xmm1
  movdqa %xmm0, %xmm2
  call    *%rax
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  movl $0x4000, %eax
  movl $0x5000, %ecx
  call    *%rax
  uninit  %xmm0
  xorps %xmm0, %xmm0
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 121 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 20 66 0f 6f c1 b8 00 20 00
; 0010: 00 48 0f b6 00 85 c0 0f 85 44 00 00 00 b8 00 30
; 0020: 00 00 48 0f b6 00 85 c0 0f 85 10 00 00 00 b8 00
; 0030: 10 00 00 ff d0 48 83 c4 20 48 89 ec 5d c3 b8 00
; 0040: 60 00 00 48 ba 00 10 00 00 00 00 00 80 66 48 0f
; 0050: 6e ca 66 0f 6f d0 ff d0 48 83 c4 20 48 89 ec 5d
; 0060: c3 b8 00 40 00 00 b9 00 50 00 00 ff d0 0f 57 c0
; 0070: 48 83 c4 20 48 89 ec 5d c3
