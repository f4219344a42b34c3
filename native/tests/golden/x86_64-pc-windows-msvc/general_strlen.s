; u64(string) [general tier]
; u0:0 = jitffi_general_u64(string)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_release_scratch
; u0:5 = napi_get_value_string_utf8
; u0:6 = napi_create_bigint_uint64
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x1b0, %rsp
  movq %rbx, 0x180(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x188(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x190(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x198(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r15, 0x1a0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p15i }
block0:
  movq %rcx, %r12
  uninit  %rax
  xorq %rax, %rax
  leaq <offset:1>+0x40(%rsp), %rcx
  movq %rcx, %rbx
  movq $0x0, <offset:1>+0x40(%rsp)
  leaq <offset:1>+8(%rsp), %r8
  movq $0x1, <offset:1>+8(%rsp)
  leaq <offset:1>+(%rsp), %r9
  leaq <offset:1>+0x10(%rsp), %rcx
  movq %rax, 0x20(%rsp)
  movq %rcx, 0x28(%rsp)
  load_ext_name userextname0+0, %rsi
  movq %r12, %rcx
  call    *%rsi
  testl %eax, %eax
  jnz     label1; j label2
block2:
  movq <offset:1>+0x10(%rsp), %rsi
  movq <offset:1>+8(%rsp), %r8
  movq 8(%rsi), %rdi
  movzbq (%rdi), %r9
  cmpq $0x1, %r8
  setne %dil
  testb %r9b, %r9b
  setne %r9b
  orl %r9d, %edi
  testb %dil, %dil
  jnz     label4; j label3
block3:
  jmp     label7
block5:
  jmp     label7
block7:
  movq (%rsi), %r15
  jmp     label8
block8:
  movq <offset:1>+(%rsp), %rdx
  movq %rbx, %rcx
  leaq 8(%rcx), %r8
  movl $0x100, %r9d
  leaq <offset:1>+0x30(%rsp), %rax
  movq %rax, 0x20(%rsp)
  load_ext_name userextname4+0, %rax
  movq %r12, %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label9; j label10
block10:
  movq <offset:1>+0x30(%rsp), %rcx
  cmpq $0xfc, %rcx
  jb      label12; j label11
block12:
  movq %rbx, %rax
  leaq 8(%rax), %rdx
  movq %rdx, <offset:1>+0x28(%rsp)
  uninit  %xmm0
  pxor %xmm0, %xmm0
  movl $0x1, %esi
  testq %rcx, %rcx
  jnz     label13; j label14
block13:
  jmp     label15
block14:
  jmp     label23
block15:
  movdqu (%rdx), %xmm1
  pcmpeqb %xmm0, %xmm1
  pmovmskb %xmm1, %edi
  movq %rsi, %rax
  shll %cl, %eax
  leal -1(%rax), %r8d
  movl $0xffff, %r9d
  cmpq $0x10, %rcx
  cmovbl %r8d, %r9d
  testl %edi, %r9d
  jnz     label16; j label17
block17:
  leaq 0x10(%rdx), %rdx
  leaq -0x10(%rcx), %rdi
  cmpq $0x10, %rcx
  jnbe    label18; j label19
block18:
  movq %rdi, %rcx
  jmp     label15
block19:
  jmp     label23
block21:
  jmp     label23
block22:
  movq %rcx, %rsi
  jmp     label24
block23:
  movq <offset:1>+0x28(%rsp), %rcx
  call    *%r15
  leaq <offset:1>+0x38(%rsp), %r8
  movq $0x0, <offset:1>+0x38(%rsp)
  load_ext_name userextname5+0, %rsi
  movq %r12, %rcx
  movq %rax, %rdx
  call    *%rsi
  movq <offset:1>+0x38(%rsp), %rcx
  movq %rcx, %rsi
  jmp     label24
block24:
  movq <offset:1>+0x40(%rsp), %rax
  testq %rax, %rax
  jnz     label26; j label25
block25:
  movq %rsi, %rax
  jmp     label27
block26:
  load_ext_name userextname3+0, %rax
  movq %rbx, %rcx
  call    *%rax
  movq %rsi, %rax
  jmp     label27
block27:
  movq 0x180(%rsp), %rbx
  movq 0x188(%rsp), %rsi
  movq 0x190(%rsp), %rdi
  movq 0x198(%rsp), %r12
  movq 0x1a0(%rsp), %r15
  addq $0x1b0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block1:
  jmp     label28
block4:
  movl $0x1, %r9d
  load_ext_name userextname1+0, %r11
  movq %r12, %rcx
  movq %rsi, %rdx
  call    *%r11
  testq %rax, %rax
  jnz     label5; j label6
block6:
  jmp     label28
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
  leaq <offset:1>+0x28(%rsp), %r9
  movq %rbx, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname2+0, %rax
  movq %r12, %rcx
  call    *%rax
  uninit  %rcx
  xorq %rcx, %rcx
  testl %eax, %eax
  jnz     label21; j label22
block28:
  uninit  %rax
  xorq %rax, %rax
  movq 0x180(%rsp), %rbx
  movq 0x188(%rsp), %rsi
  movq 0x190(%rsp), %rdi
  movq 0x198(%rsp), %r12
  movq 0x1a0(%rsp), %r15
  addq $0x1b0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 650 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec b0 01 00 00 48 89 9c 24 80
; 0010: 01 00 00 48 89 b4 24 88 01 00 00 48 89 bc 24 90
; 0020: 01 00 00 4c 89 a4 24 98 01 00 00 4c 89 bc 24 a0
; 0030: 01 00 00 49 89 cc 48 33 c0 48 8d 4c 24 70 48 89
; 0040: cb 48 c7 44 24 70 00 00 00 00 4c 8d 44 24 38 48
; 0050: c7 44 24 38 01 00 00 00 4c 8d 4c 24 30 48 8d 4c
; 0060: 24 40 48 89 44 24 20 48 89 4c 24 28 48 be 00 00
; 0070: 00 00 00 00 00 00 4c 89 e1 ff d6 85 c0 0f 85 d0
; 0080: 01 00 00 48 8b 74 24 40 4c 8b 44 24 38 48 8b 7e
; 0090: 08 4c 0f b6 0f 49 83 f8 01 40 0f 95 c7 45 84 c9
; 00a0: 41 0f 95 c1 41 0b f9 40 84 ff 0f 85 48 01 00 00
; 00b0: 4c 8b 3e 48 8b 54 24 30 48 89 d9 4c 8d 41 08 41
; 00c0: b9 00 01 00 00 48 8d 44 24 60 48 89 44 24 20 48
; 00d0: b8 00 00 00 00 00 00 00 00 4c 89 e1 ff d0 85 c0
; 00e0: 0f 85 39 01 00 00 48 8b 4c 24 60 48 81 f9 fc 00
; 00f0: 00 00 0f 83 27 01 00 00 48 89 d8 48 8d 50 08 48
; 0100: 89 54 24 58 66 0f ef c0 be 01 00 00 00 48 85 c9
; 0110: 0f 84 51 00 00 00 f3 0f 6f 0a 66 0f 74 c8 66 0f
; 0120: d7 f9 48 89 f0 d3 e0 44 8d 40 ff 41 b9 ff ff 00
; 0130: 00 48 83 f9 10 45 0f 42 c8 41 85 f9 0f 85 dd 00
; 0140: 00 00 48 81 c2 10 00 00 00 48 8d 79 f0 48 83 f9
; 0150: 10 0f 86 10 00 00 00 48 89 f9 e9 b7 ff ff ff 48
; 0160: 89 ce e9 30 00 00 00 48 8b 4c 24 58 41 ff d7 4c
; 0170: 8d 44 24 68 48 c7 44 24 68 00 00 00 00 48 be 00
; 0180: 00 00 00 00 00 00 00 4c 89 e1 48 89 c2 ff d6 48
; 0190: 8b 4c 24 68 48 89 ce 48 8b 44 24 70 48 85 c0 0f
; 01a0: 85 08 00 00 00 48 89 f0 e9 12 00 00 00 48 b8 00
; 01b0: 00 00 00 00 00 00 00 48 89 d9 ff d0 48 89 f0 48
; 01c0: 8b 9c 24 80 01 00 00 48 8b b4 24 88 01 00 00 48
; 01d0: 8b bc 24 90 01 00 00 4c 8b a4 24 98 01 00 00 4c
; 01e0: 8b bc 24 a0 01 00 00 48 81 c4 b0 01 00 00 48 89
; 01f0: ec 5d c3 e9 5b 00 00 00 41 b9 01 00 00 00 49 bb
; 0200: 00 00 00 00 00 00 00 00 4c 89 e1 48 89 f2 41 ff
; 0210: d3 48 85 c0 0f 85 96 fe ff ff e9 34 00 00 00 48
; 0220: 8b 54 24 30 45 33 c0 4c 8d 4c 24 58 48 89 d9 48
; 0230: 89 4c 24 20 48 b8 00 00 00 00 00 00 00 00 4c 89
; 0240: e1 ff d0 48 33 c9 85 c0 0f 85 19 ff ff ff e9 0c
; 0250: ff ff ff 48 33 c0 48 8b 9c 24 80 01 00 00 48 8b
; 0260: b4 24 88 01 00 00 48 8b bc 24 90 01 00 00 4c 8b
; 0270: a4 24 98 01 00 00 4c 8b bc 24 a0 01 00 00 48 81
; 0280: c4 b0 01 00 00 48 89 ec 5d c3
