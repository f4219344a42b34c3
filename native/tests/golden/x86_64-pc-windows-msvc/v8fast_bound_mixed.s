; i16(i32,f64,u8,f32) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_i16(i32,f64,u8,f32)
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x70, %rsp
  movq %rsi, 0x40(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
  movq %rdi, 0x48(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p7i }
  movdqu %xmm6, 0x50(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p6f }
  movdqu %xmm7, 0x60(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p7f }
block0:
  movss <offset:0>+-0x10(%rbp), %xmm4
  movl $0x2000, %esi
  movzbq (%rsi), %rsi
  testl %esi, %esi
  jnz     label6; j label1
block1:
  ucomisd (%rip), %xmm1
  setae %al
  movabsq $0x41dfffffffc00000, %rsi
  movq %rsi, %xmm0
  ucomisd %xmm1, %xmm0
  setae %r8b
  andl %r8d, %eax
  cvt_float64_to_sint64_sat_seq %xmm1, %rcx, %r8, %xmm7
  uninit  %xmm6
  xorpd %xmm6, %xmm6
  cvtsi2sdq %rcx, %xmm6
  ucomisd %xmm1, %xmm6
  setnp %dil
  sete %r8b
  andl %r8d, %edi
  andl %edi, %eax
  movq %xmm1, %rdi
  cmpq (%rip), %rdi
  setne %r8b
  andl %r8d, %eax
  ucomisd (%rip), %xmm3
  setae %dl
  movabsq $0x406fe00000000000, %r8
  movq %r8, %xmm0
  ucomisd %xmm3, %xmm0
  setae %r10b
  andl %r10d, %edx
  cvt_float64_to_sint64_sat_seq %xmm3, %r8, %r10, %xmm0
  uninit  %xmm0
  xorpd %xmm0, %xmm0
  cvtsi2sdq %r8, %xmm0
  ucomisd %xmm3, %xmm0
  setnp %r9b
  sete %r10b
  andl %r10d, %r9d
  andl %r9d, %edx
  testb %al, %dl
  jnz     label3; j label2
block2:
  leaq <offset:1>+(%rsp), %rdx
  movsd %xmm1, <offset:1>+(%rsp)
  movsd %xmm2, <offset:1>+8(%rsp)
  movsd %xmm3, <offset:1>+0x10(%rsp)
  uninit  %xmm0
  xorpd %xmm0, %xmm0
  movdqa %xmm4, %xmm3
  cvtss2sd %xmm3, %xmm0
  movsd %xmm0, <offset:1>+0x18(%rsp)
  movl $0x4000, %eax
  movl $0x5000, %ecx
  movl $0x4, %r8d
  call    *%rax
  uninit  %rax
  xorl %eax, %eax
  movq 0x40(%rsp), %rsi
  movq 0x48(%rsp), %rdi
  movdqu 0x50(%rsp), %xmm6
  movdqu 0x60(%rsp), %xmm7
  addq $0x70, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block3:
  movdqa %xmm2, %xmm1
  movdqa %xmm4, %xmm3
  movl $0x3000, %eax
  movzbq (%rax), %rax
  testl %eax, %eax
  jnz     label5; j label4
block4:
  movl $0x1000, %eax
  movzbq %r8b, %r8
  call    *%rax
  movswl %ax, %eax
  movq 0x40(%rsp), %rsi
  movq 0x48(%rsp), %rdi
  movdqu 0x50(%rsp), %xmm6
  movdqu 0x60(%rsp), %xmm7
  addq $0x70, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block5:
  load_ext_name userextname0+0, %rsi
  movabsq $0x100000001, %rax
  addq %rax, (%rsi)
  movl $0x1000, %edx
  movzbq %r8b, %r8
  call    *%rdx
  addq $0xffffffffffffffff, (%rsi)
  movswl %ax, %eax
  movq 0x40(%rsp), %rsi
  movq 0x48(%rsp), %rdi
  movdqu 0x50(%rsp), %xmm6
  movdqu 0x60(%rsp), %xmm7
  addq $0x70, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block6:
  movl $0x4000, %eax
  movl $0x5000, %ecx
  uninit  %r8
  xorq %r8, %r8
  movq %r8, %rdx
  call    *%rax
  uninit  %rax
  xorl %eax, %eax
  movq 0x40(%rsp), %rsi
  movq 0x48(%rsp), %rdi
  movdqu 0x50(%rsp), %xmm6
  movdqu 0x60(%rsp), %xmm7
  addq $0x70, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 656 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 70 48 89 74 24 40 48 89 7c
; 0010: 24 48 f3 0f 7f 74 24 50 f3 0f 7f 7c 24 60 f3 0f
; 0020: 10 65 30 be 00 20 00 00 48 0f b6 36 85 f6 0f 85
; 0030: f6 01 00 00 66 0f 2e 0d 24 02 00 00 0f 93 c0 48
; 0040: be 00 00 c0 ff ff ff df 41 66 48 0f 6e c6 66 0f
; 0050: 2e c1 41 0f 93 c0 41 23 c0 f2 48 0f 2c c9 48 83
; 0060: f9 01 0f 81 2a 00 00 00 66 0f 2e c9 0f 8b 08 00
; 0070: 00 00 48 33 c9 e9 18 00 00 00 66 0f 57 ff 66 0f
; 0080: 2e f9 0f 83 0a 00 00 00 48 b9 ff ff ff ff ff ff
; 0090: ff 7f 66 0f 57 f6 f2 48 0f 2a f1 66 0f 2e f1 40
; 00a0: 0f 9b c7 41 0f 94 c0 41 23 f8 23 c7 66 48 0f 7e
; 00b0: cf 48 3b 3d b8 01 00 00 41 0f 95 c0 41 23 c0 66
; 00c0: 0f 2e 1d b9 01 00 00 0f 93 c2 49 b8 00 00 00 00
; 00d0: 00 e0 6f 40 66 49 0f 6e c0 66 0f 2e c3 41 0f 93
; 00e0: c2 41 23 d2 f2 4c 0f 2c c3 49 83 f8 01 0f 81 2a
; 00f0: 00 00 00 66 0f 2e db 0f 8b 08 00 00 00 4d 33 c0
; 0100: e9 18 00 00 00 66 0f 57 c0 66 0f 2e c3 0f 83 0a
; 0110: 00 00 00 49 b8 ff ff ff ff ff ff ff 7f 66 0f 57
; 0120: c0 f2 49 0f 2a c0 66 0f 2e c3 41 0f 9b c1 41 0f
; 0130: 94 c2 45 23 ca 41 23 d1 84 c2 0f 85 5c 00 00 00
; 0140: 48 8d 54 24 20 f2 0f 11 4c 24 20 f2 0f 11 54 24
; 0150: 28 f2 0f 11 5c 24 30 66 0f 57 c0 66 0f 6f dc f3
; 0160: 0f 5a c3 f2 0f 11 44 24 38 b8 00 40 00 00 b9 00
; 0170: 50 00 00 41 b8 04 00 00 00 ff d0 33 c0 48 8b 74
; 0180: 24 40 48 8b 7c 24 48 f3 0f 6f 74 24 50 f3 0f 6f
; 0190: 7c 24 60 48 83 c4 70 48 89 ec 5d c3 66 0f 6f ca
; 01a0: 66 0f 6f dc b8 00 30 00 00 48 0f b6 00 85 c0 0f
; 01b0: 85 2d 00 00 00 b8 00 10 00 00 4d 0f b6 c0 ff d0
; 01c0: 0f bf c0 48 8b 74 24 40 48 8b 7c 24 48 f3 0f 6f
; 01d0: 74 24 50 f3 0f 6f 7c 24 60 48 83 c4 70 48 89 ec
; 01e0: 5d c3 48 be 00 00 00 00 00 00 00 00 48 b8 01 00
; 01f0: 00 00 01 00 00 00 48 01 06 ba 00 10 00 00 4d 0f
; 0200: b6 c0 ff d2 48 83 06 ff 0f bf c0 48 8b 74 24 40
; 0210: 48 8b 7c 24 48 f3 0f 6f 74 24 50 f3 0f 6f 7c 24
; 0220: 60 48 83 c4 70 48 89 ec 5d c3 b8 00 40 00 00 b9
; 0230: 00 50 00 00 4d 33 c0 4c 89 c2 ff d0 33 c0 48 8b
; 0240: 74 24 40 48 8b 7c 24 48 f3 0f 6f 74 24 50 f3 0f
; 0250: 6f 7c 24 60 48 83 c4 70 48 89 ec 5d c3 00 00 00
; 0260: 00 00 00 00 00 00 e0 c1 00 00 00 00 00 00 00 00
; 0270: 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00 00
; 0280: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
