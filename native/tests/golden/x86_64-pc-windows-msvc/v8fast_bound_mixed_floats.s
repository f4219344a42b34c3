; f32(f32,f64,f32) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_f32(f32,f64,f32)
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  subq $0x30, %rsp
block0:
  movdqa %xmm1, %xmm4
  movdqa %xmm3, %xmm1
  movdqa %xmm4, %xmm3
  movdqa %xmm2, %xmm0
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
  movdqa %xmm1, %xmm2
  movdqa %xmm0, %xmm1
  movdqa %xmm3, %xmm0
  call    *%rax
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block3:
  movdqa %xmm1, %xmm2
  movl $0x6000, %eax
  movabsq $0x8000000000001000, %rdx
  movq %rdx, %xmm1
  movss %xmm2, 0x20(%rsp)
  movdqa %xmm3, %xmm2
  movdqa %xmm0, %xmm3
  call    *%rax
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  movl $0x4000, %eax
  movl $0x5000, %ecx
  call    *%rax
  uninit  %xmm0
  xorps %xmm0, %xmm0
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 159 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 66 0f 6f e1 66 0f 6f cb
; 0010: 66 0f 6f dc 66 0f 6f c2 b8 00 20 00 00 48 0f b6
; 0020: 00 85 c0 0f 85 5e 00 00 00 b8 00 30 00 00 48 0f
; 0030: b6 00 85 c0 0f 85 1c 00 00 00 b8 00 10 00 00 66
; 0040: 0f 6f d1 66 0f 6f c8 66 0f 6f c3 ff d0 48 83 c4
; 0050: 30 48 89 ec 5d c3 66 0f 6f d1 b8 00 60 00 00 48
; 0060: ba 00 10 00 00 00 00 00 80 66 48 0f 6e ca f3 0f
; 0070: 11 54 24 20 66 0f 6f d3 66 0f 6f d8 ff d0 48 83
; 0080: c4 30 48 89 ec 5d c3 b8 00 40 00 00 b9 00 50 00
; 0090: 00 ff d0 0f 57 c0 48 83 c4 30 48 89 ec 5d c3
