; void(string,i32) [general tier]
; u0:0 = jitffi_general_void(string,i32)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_arg_i32
; u0:5 = jitffi_release_scratch
; u1:0 (userextname5) = jitffi_sync_calls
; u0:6 = napi_get_value_string_utf8
; u0:7 = napi_get_value_double
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  subq $0x1e0, %rsp
  movq %rbx, 0x190(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x198(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x1a0(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x1a8(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0x1b0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movdqu %xmm6, 0x1c0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p6f }
  movdqu %xmm7, 0x1d0(%rsp)
  unwind SaveReg { clobber_offset: 64, reg: p7f }
block0:
  movq %rcx, %r13
  uninit  %rax
  xorq %rax, %rax
  leaq <offset:1>+0x50(%rsp), %rcx
  movq %rcx, %r12
  movq $0x0, <offset:1>+0x50(%rsp)
  leaq <offset:1>+0x10(%rsp), %r8
  movq $0x2, <offset:1>+0x10(%rsp)
  leaq <offset:1>+(%rsp), %r9
  leaq <offset:1>+0x18(%rsp), %rcx
  movq %rax, 0x20(%rsp)
  movq %rcx, 0x28(%rsp)
  load_ext_name userextname0+0, %rax
  movq %r13, %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label1; j label2
block2:
  movq <offset:1>+0x18(%rsp), %rdi
  movq <offset:1>+0x10(%rsp), %r8
  movq 8(%rdi), %rcx
  movzbq (%rcx), %rdx
  cmpq $0x2, %r8
  setne %cl
  testb %dl, %dl
  setne %dl
  orl %edx, %ecx
  testb %cl, %cl
  jnz     label4; j label3
block3:
  jmp     label7
block5:
  jmp     label7
block7:
  movq (%rdi), %rbx
  jmp     label8
block8:
  movq <offset:1>+(%rsp), %rdx
  movq %r12, %rcx
  leaq 8(%rcx), %r8
  movl $0x100, %r9d
  leaq <offset:1>+0x40(%rsp), %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname6+0, %rsi
  movq %r13, %rcx
  call    *%rsi
  testl %eax, %eax
  jnz     label9; j label10
block10:
  movq <offset:1>+0x40(%rsp), %rcx
  cmpq $0xfc, %rcx
  jb      label12; j label11
block12:
  movq %r12, %rax
  leaq 8(%rax), %rdx
  movq %rdx, <offset:1>+0x30(%rsp)
  uninit  %xmm0
  pxor %xmm0, %xmm0
  testq %rcx, %rcx
  jnz     label13; j label14
block13:
  jmp     label15
block14:
  jmp     label23
block15:
  movdqu (%rdx), %xmm1
  pcmpeqb %xmm0, %xmm1
  pmovmskb %xmm1, %esi
  movl $0x1, %edi
  shll %cl, %edi
  leal -1(%rdi), %edi
  movl $0xffff, %r8d
  cmpq $0x10, %rcx
  cmovbl %edi, %r8d
  testl %esi, %r8d
  jnz     label16; j label17
block17:
  leaq 0x10(%rdx), %rdx
  leaq -0x10(%rcx), %rsi
  cmpq $0x10, %rcx
  jnbe    label18; j label19
block18:
  movq %rsi, %rcx
  jmp     label15
block19:
  jmp     label23
block21:
  jmp     label23
block22:
  jmp     label32
block23:
  movq <offset:1>+8(%rsp), %rdx
  leaq <offset:1>+0x38(%rsp), %rsi
  load_ext_name userextname7+0, %rdi
  movq %r13, %rcx
  movq %rsi, %r8
  call    *%rdi
  movq %rsi, %r10
  testl %eax, %eax
  jnz     label24; j label25
block25:
  movsd <offset:1>+0x38(%rsp), %xmm6
  cvt_float64_to_sint64_sat_seq %xmm6, %rsi, %rdi, %xmm5
  movq %rsi, <offset:1>+0x38(%rsp)
  ucomisd (%rip), %xmm6
  setae %cl
  movabsq $0x41dfffffffc00000, %rdi
  movq %rdi, %xmm7
  ucomisd %xmm6, %xmm7
  setae %dil
  andl %edi, %ecx
  uninit  %xmm7
  xorpd %xmm7, %xmm7
  cvtsi2sdq %rsi, %xmm7
  ucomisd %xmm6, %xmm7
  setnp %r8b
  sete %r9b
  andl %r9d, %r8d
  andl %r8d, %ecx
  movq %xmm6, %r8
  cmpq (%rip), %r8
  setne %r9b
  testb %cl, %r9b
  jnz     label26; j label27
block26:
  jmp     label31
block29:
  jmp     label31
block30:
  jmp     label32
block31:
  movq <offset:1>+0x30(%rsp), %rcx
  movl <offset:1>+0x38(%rsp), %edx
  load_ext_name userextname5+0, %rsi
  movabsq $0x100000001, %rax
  addq %rax, (%rsi)
  call    *%rbx
  addq $0xffffffffffffffff, (%rsi)
  jmp     label32
block32:
  movq <offset:1>+0x50(%rsp), %rax
  testq %rax, %rax
  jnz     label34; j label33
block33:
  jmp     label35
block34:
  load_ext_name userextname4+0, %rax
  movq %r12, %rcx
  call    *%rax
  jmp     label35
block35:
  uninit  %rax
  xorq %rax, %rax
  movq 0x190(%rsp), %rbx
  movq 0x198(%rsp), %rsi
  movq 0x1a0(%rsp), %rdi
  movq 0x1a8(%rsp), %r12
  movq 0x1b0(%rsp), %r13
  movdqu 0x1c0(%rsp), %xmm6
  movdqu 0x1d0(%rsp), %xmm7
  addq $0x1e0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block1:
  jmp     label36
block4:
  movl $0x2, %r9d
  load_ext_name userextname1+0, %rsi
  movq %r13, %rcx
  movq %rdi, %rdx
  call    *%rsi
  testq %rax, %rax
  jnz     label5; j label6
block6:
  jmp     label36
block9:
  jmp     label20
block11:
  jmp     label20
block16:
  jmp     label20
block20:
  movq <offset:1>+(%rsp), %rdx
  uninit  %r8
  xorl %r8d, %r8d
  leaq <offset:1>+0x30(%rsp), %r9
  movq %r12, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname2+0, %rax
  movq %r13, %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label21; j label22
block24:
  jmp     label28
block27:
  jmp     label28
block28:
  movq <offset:1>+8(%rsp), %rdx
  movl $0x1, %r8d
  uninit  %rcx
  xorq %rcx, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname3+0, %rax
  movq %r13, %rcx
  movq %r10, %r9
  call    *%rax
  testl %eax, %eax
  jnz     label29; j label30
block36:
  uninit  %rax
  xorq %rax, %rax
  movq 0x190(%rsp), %rbx
  movq 0x198(%rsp), %rsi
  movq 0x1a0(%rsp), %rdi
  movq 0x1a8(%rsp), %r12
  movq 0x1b0(%rsp), %r13
  movdqu 0x1c0(%rsp), %xmm6
  movdqu 0x1d0(%rsp), %xmm7
  addq $0x1e0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 952 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec e0 01 00 00 48 89 9c 24 90
; 0010: 01 00 00 48 89 b4 24 98 01 00 00 48 89 bc 24 a0
; 0020: 01 00 00 4c 89 a4 24 a8 01 00 00 4c 89 ac 24 b0
; 0030: 01 00 00 f3 0f 7f b4 24 c0 01 00 00 f3 0f 7f bc
; 0040: 24 d0 01 00 00 49 89 cd 48 33 c0 48 8d 8c 24 80
; 0050: 00 00 00 49 89 cc 48 c7 84 24 80 00 00 00 00 00
; 0060: 00 00 4c 8d 44 24 40 48 c7 44 24 40 02 00 00 00
; 0070: 4c 8d 4c 24 30 48 8d 4c 24 48 48 89 44 24 20 48
; 0080: 89 4c 24 28 48 b8 00 00 00 00 00 00 00 00 4c 89
; 0090: e9 ff d0 85 c0 0f 85 b6 02 00 00 48 8b 7c 24 48
; 00a0: 4c 8b 44 24 40 48 8b 4f 08 48 0f b6 11 49 83 f8
; 00b0: 02 0f 95 c1 84 d2 0f 95 c2 0b ca 84 c9 0f 85 05
; 00c0: 02 00 00 48 8b 1f 48 8b 54 24 30 4c 89 e1 4c 8d
; 00d0: 41 08 41 b9 00 01 00 00 48 8d 4c 24 70 48 89 4c
; 00e0: 24 20 48 be 00 00 00 00 00 00 00 00 4c 89 e9 ff
; 00f0: d6 85 c0 0f 85 f5 01 00 00 48 8b 4c 24 70 48 81
; 0100: f9 fc 00 00 00 0f 83 e3 01 00 00 4c 89 e0 48 8d
; 0110: 50 08 48 89 54 24 60 66 0f ef c0 48 85 c9 0f 84
; 0120: 4d 00 00 00 f3 0f 6f 0a 66 0f 74 c8 66 0f d7 f1
; 0130: bf 01 00 00 00 d3 e7 81 c7 ff ff ff ff 41 b8 ff
; 0140: ff 00 00 48 83 f9 10 44 0f 42 c7 41 85 f0 0f 85
; 0150: 9a 01 00 00 48 81 c2 10 00 00 00 48 8d 71 f0 48
; 0160: 83 f9 10 0f 86 08 00 00 00 48 89 f1 e9 b3 ff ff
; 0170: ff 48 8b 54 24 38 48 8d 74 24 68 48 bf 00 00 00
; 0180: 00 00 00 00 00 4c 89 e9 49 89 f0 ff d7 49 89 f2
; 0190: 85 c0 0f 85 87 01 00 00 f2 0f 10 74 24 68 f2 48
; 01a0: 0f 2c f6 48 83 fe 01 0f 81 2a 00 00 00 66 0f 2e
; 01b0: f6 0f 8b 08 00 00 00 48 33 f6 e9 18 00 00 00 66
; 01c0: 0f 57 ed 66 0f 2e ee 0f 83 0a 00 00 00 48 be ff
; 01d0: ff ff ff ff ff ff 7f 48 89 74 24 68 66 0f 2e 35
; 01e0: bc 01 00 00 0f 93 c1 48 bf 00 00 c0 ff ff ff df
; 01f0: 41 66 48 0f 6e ff 66 0f 2e fe 40 0f 93 c7 23 cf
; 0200: 66 0f 57 ff f2 48 0f 2a fe 66 0f 2e fe 41 0f 9b
; 0210: c0 41 0f 94 c1 45 23 c1 41 23 c8 66 49 0f 7e f0
; 0220: 4c 3b 05 89 01 00 00 41 0f 95 c1 41 84 c9 0f 84
; 0230: eb 00 00 00 48 8b 4c 24 60 8b 54 24 68 48 be 00
; 0240: 00 00 00 00 00 00 00 48 b8 01 00 00 00 01 00 00
; 0250: 00 48 01 06 ff d3 48 83 06 ff 48 8b 84 24 80 00
; 0260: 00 00 48 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00
; 0270: 00 00 00 00 00 4c 89 e1 ff d0 48 33 c0 48 8b 9c
; 0280: 24 90 01 00 00 48 8b b4 24 98 01 00 00 48 8b bc
; 0290: 24 a0 01 00 00 4c 8b a4 24 a8 01 00 00 4c 8b ac
; 02a0: 24 b0 01 00 00 f3 0f 6f b4 24 c0 01 00 00 f3 0f
; 02b0: 6f bc 24 d0 01 00 00 48 81 c4 e0 01 00 00 48 89
; 02c0: ec 5d c3 e9 89 00 00 00 41 b9 02 00 00 00 48 be
; 02d0: 00 00 00 00 00 00 00 00 4c 89 e9 48 89 fa ff d6
; 02e0: 48 85 c0 0f 85 da fd ff ff e9 63 00 00 00 48 8b
; 02f0: 54 24 30 45 33 c0 4c 8d 4c 24 60 4c 89 e1 48 89
; 0300: 4c 24 20 48 b8 00 00 00 00 00 00 00 00 4c 89 e9
; 0310: ff d0 85 c0 0f 85 57 fe ff ff e9 3b ff ff ff 48
; 0320: 8b 54 24 38 41 b8 01 00 00 00 48 33 c9 48 89 4c
; 0330: 24 20 48 b8 00 00 00 00 00 00 00 00 4c 89 e9 4d
; 0340: 89 d1 ff d0 85 c0 0f 85 e8 fe ff ff e9 09 ff ff
; 0350: ff 48 33 c0 48 8b 9c 24 90 01 00 00 48 8b b4 24
; 0360: 98 01 00 00 48 8b bc 24 a0 01 00 00 4c 8b a4 24
; 0370: a8 01 00 00 4c 8b ac 24 b0 01 00 00 f3 0f 6f b4
; 0380: 24 c0 01 00 00 f3 0f 6f bc 24 d0 01 00 00 48 81
; 0390: c4 e0 01 00 00 48 89 ec 5d c3 00 00 00 00 00 00
; 03a0: 00 00 00 00 00 00 e0 c1 00 00 00 00 00 00 00 00
; 03b0: 00 00 00 00 00 00 00 80
