; void(string,i32) [general tier]
; u0:0 = jitffi_general_void(string,i32)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_arg_i32
; u0:5 = jitffi_release_scratch
; u0:6 = napi_get_value_string_utf8
; u0:7 = napi_get_value_double
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x1c0, %rsp
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
  load_ext_name userextname5+0, %rsi
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
  load_ext_name userextname6+0, %rdi
  movq %r13, %rcx
  movq %rsi, %r8
  call    *%rdi
  movq %rsi, %r9
  testl %eax, %eax
  jnz     label24; j label25
block25:
  movsd <offset:1>+0x38(%rsp), %xmm4
  cvt_float64_to_sint64_sat_seq %xmm4, %rdx, %rsi, %xmm3
  movq %rdx, <offset:1>+0x38(%rsp)
  ucomisd (%rip), %xmm4
  setae %cl
  movabsq $0x41dfffffffc00000, %rsi
  movq %rsi, %xmm5
  ucomisd %xmm4, %xmm5
  setae %sil
  andl %esi, %ecx
  uninit  %xmm5
  xorpd %xmm5, %xmm5
  cvtsi2sdq %rdx, %xmm5
  ucomisd %xmm4, %xmm5
  setnp %sil
  sete %dil
  andl %edi, %esi
  andl %esi, %ecx
  movq %xmm4, %rsi
  cmpq (%rip), %rsi
  setne %dil
  testb %cl, %dil
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
  call    *%rbx
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
  addq $0x1c0, %rsp
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
  uninit  %r11
  xorq %r11, %r11
  movq %r11, 0x20(%rsp)
  load_ext_name userextname3+0, %rax
  movq %r13, %rcx
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
  addq $0x1c0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 872 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec c0 01 00 00 48 89 9c 24 90
; 0010: 01 00 00 48 89 b4 24 98 01 00 00 48 89 bc 24 a0
; 0020: 01 00 00 4c 89 a4 24 a8 01 00 00 4c 89 ac 24 b0
; 0030: 01 00 00 49 89 cd 48 33 c0 48 8d 8c 24 80 00 00
; 0040: 00 49 89 cc 48 c7 84 24 80 00 00 00 00 00 00 00
; 0050: 4c 8d 44 24 40 48 c7 44 24 40 02 00 00 00 4c 8d
; 0060: 4c 24 30 48 8d 4c 24 48 48 89 44 24 20 48 89 4c
; 0070: 24 28 48 b8 00 00 00 00 00 00 00 00 4c 89 e9 ff
; 0080: d0 85 c0 0f 85 84 02 00 00 48 8b 7c 24 48 4c 8b
; 0090: 44 24 40 48 8b 4f 08 48 0f b6 11 49 83 f8 02 0f
; 00a0: 95 c1 84 d2 0f 95 c2 0b ca 84 c9 0f 85 d6 01 00
; 00b0: 00 48 8b 1f 48 8b 54 24 30 4c 89 e1 4c 8d 41 08
; 00c0: 41 b9 00 01 00 00 48 8d 4c 24 70 48 89 4c 24 20
; 00d0: 48 be 00 00 00 00 00 00 00 00 4c 89 e9 ff d6 85
; 00e0: c0 0f 85 c6 01 00 00 48 8b 4c 24 70 48 81 f9 fc
; 00f0: 00 00 00 0f 83 b4 01 00 00 4c 89 e0 48 8d 50 08
; 0100: 48 89 54 24 60 66 0f ef c0 48 85 c9 0f 84 4d 00
; 0110: 00 00 f3 0f 6f 0a 66 0f 74 c8 66 0f d7 f1 bf 01
; 0120: 00 00 00 d3 e7 81 c7 ff ff ff ff 41 b8 ff ff 00
; 0130: 00 48 83 f9 10 44 0f 42 c7 41 85 f0 0f 85 6b 01
; 0140: 00 00 48 81 c2 10 00 00 00 48 8d 71 f0 48 83 f9
; 0150: 10 0f 86 08 00 00 00 48 89 f1 e9 b3 ff ff ff 48
; 0160: 8b 54 24 38 48 8d 74 24 68 48 bf 00 00 00 00 00
; 0170: 00 00 00 4c 89 e9 49 89 f0 ff d7 49 89 f1 85 c0
; 0180: 0f 85 58 01 00 00 f2 0f 10 64 24 68 f2 48 0f 2c
; 0190: d4 48 83 fa 01 0f 81 2a 00 00 00 66 0f 2e e4 0f
; 01a0: 8b 08 00 00 00 48 33 d2 e9 18 00 00 00 66 0f 57
; 01b0: db 66 0f 2e dc 0f 83 0a 00 00 00 48 ba ff ff ff
; 01c0: ff ff ff ff 7f 48 89 54 24 68 66 0f 2e 25 7e 01
; 01d0: 00 00 0f 93 c1 48 be 00 00 c0 ff ff ff df 41 66
; 01e0: 48 0f 6e ee 66 0f 2e ec 40 0f 93 c6 23 ce 66 0f
; 01f0: 57 ed f2 48 0f 2a ea 66 0f 2e ec 40 0f 9b c6 40
; 0200: 0f 94 c7 23 f7 23 ce 66 48 0f 7e e6 48 3b 35 4d
; 0210: 01 00 00 40 0f 95 c7 40 84 cf 0f 84 be 00 00 00
; 0220: 48 8b 4c 24 60 8b 54 24 68 ff d3 48 8b 84 24 80
; 0230: 00 00 00 48 85 c0 0f 84 0f 00 00 00 48 b8 00 00
; 0240: 00 00 00 00 00 00 4c 89 e1 ff d0 48 33 c0 48 8b
; 0250: 9c 24 90 01 00 00 48 8b b4 24 98 01 00 00 48 8b
; 0260: bc 24 a0 01 00 00 4c 8b a4 24 a8 01 00 00 4c 8b
; 0270: ac 24 b0 01 00 00 48 81 c4 c0 01 00 00 48 89 ec
; 0280: 5d c3 e9 86 00 00 00 41 b9 02 00 00 00 48 be 00
; 0290: 00 00 00 00 00 00 00 4c 89 e9 48 89 fa ff d6 48
; 02a0: 85 c0 0f 85 09 fe ff ff e9 60 00 00 00 48 8b 54
; 02b0: 24 30 45 33 c0 4c 8d 4c 24 60 4c 89 e1 48 89 4c
; 02c0: 24 20 48 b8 00 00 00 00 00 00 00 00 4c 89 e9 ff
; 02d0: d0 85 c0 0f 85 86 fe ff ff e9 4d ff ff ff 48 8b
; 02e0: 54 24 38 41 b8 01 00 00 00 4d 33 db 4c 89 5c 24
; 02f0: 20 48 b8 00 00 00 00 00 00 00 00 4c 89 e9 ff d0
; 0300: 85 c0 0f 85 18 ff ff ff e9 1e ff ff ff 48 33 c0
; 0310: 48 8b 9c 24 90 01 00 00 48 8b b4 24 98 01 00 00
; 0320: 48 8b bc 24 a0 01 00 00 4c 8b a4 24 a8 01 00 00
; 0330: 4c 8b ac 24 b0 01 00 00 48 81 c4 c0 01 00 00 48
; 0340: 89 ec 5d c3 00 00 00 00 00 00 00 00 00 00 00 00
; 0350: 00 00 00 00 00 00 e0 c1 00 00 00 00 00 00 00 00
; 0360: 00 00 00 00 00 00 00 80
