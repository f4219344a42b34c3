; u64(string) [general tier]
; u0:0 = jitffi_general_u64(string)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_release_scratch
; u1:0 (userextname4) = jitffi_sync_calls
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
  movq %r13, 0x1a0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0x1a8(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
block0:
  movq %rcx, %r14
  uninit  %rcx
  xorq %rcx, %rcx
  leaq <offset:1>+0x40(%rsp), %rsi
  movq %rsi, %r13
  movq $0x0, <offset:1>+0x40(%rsp)
  leaq <offset:1>+8(%rsp), %r8
  movq $0x1, <offset:1>+8(%rsp)
  leaq <offset:1>+(%rsp), %r9
  leaq <offset:1>+0x10(%rsp), %rsi
  movq %rcx, 0x20(%rsp)
  movq %rsi, 0x28(%rsp)
  load_ext_name userextname0+0, %rsi
  movq %r14, %rcx
  call    *%rsi
  testl %eax, %eax
  jnz     label1; j label2
block2:
  movq <offset:1>+0x10(%rsp), %r12
  movq <offset:1>+8(%rsp), %r8
  movq 8(%r12), %r9
  movzbq (%r9), %r9
  cmpq $0x1, %r8
  setne %dil
  testb %r9b, %r9b
  setne %r10b
  orl %r10d, %edi
  testb %dil, %dil
  jnz     label4; j label3
block3:
  jmp     label7
block5:
  jmp     label7
block7:
  movq (%r12), %rbx
  jmp     label8
block8:
  movq <offset:1>+(%rsp), %rdx
  movq %r13, %rcx
  leaq 8(%rcx), %r8
  movl $0x100, %r9d
  leaq <offset:1>+0x30(%rsp), %rax
  movq %rax, 0x20(%rsp)
  load_ext_name userextname5+0, %rax
  movq %r14, %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label9; j label10
block10:
  movq <offset:1>+0x30(%rsp), %rcx
  cmpq $0xfc, %rcx
  jb      label12; j label11
block12:
  movq %r13, %rax
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
  load_ext_name userextname4+0, %rsi
  movabsq $0x100000001, %rax
  addq %rax, (%rsi)
  call    *%rbx
  addq $0xffffffffffffffff, (%rsi)
  leaq <offset:1>+0x38(%rsp), %r8
  movq $0x0, <offset:1>+0x38(%rsp)
  load_ext_name userextname6+0, %rsi
  movq %r14, %rcx
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
  movq %r13, %rcx
  call    *%rax
  movq %rsi, %rax
  jmp     label27
block27:
  movq 0x180(%rsp), %rbx
  movq 0x188(%rsp), %rsi
  movq 0x190(%rsp), %rdi
  movq 0x198(%rsp), %r12
  movq 0x1a0(%rsp), %r13
  movq 0x1a8(%rsp), %r14
  addq $0x1b0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block1:
  jmp     label28
block4:
  movl $0x1, %r9d
  load_ext_name userextname1+0, %rsi
  movq %r14, %rcx
  movq %r12, %rdx
  call    *%rsi
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
  movq %r13, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname2+0, %rax
  movq %r14, %rcx
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
  movq 0x1a0(%rsp), %r13
  movq 0x1a8(%rsp), %r14
  addq $0x1b0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 701 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec b0 01 00 00 48 89 9c 24 80
; 0010: 01 00 00 48 89 b4 24 88 01 00 00 48 89 bc 24 90
; 0020: 01 00 00 4c 89 a4 24 98 01 00 00 4c 89 ac 24 a0
; 0030: 01 00 00 4c 89 b4 24 a8 01 00 00 49 89 ce 48 33
; 0040: c9 48 8d 74 24 70 49 89 f5 48 c7 44 24 70 00 00
; 0050: 00 00 4c 8d 44 24 38 48 c7 44 24 38 01 00 00 00
; 0060: 4c 8d 4c 24 30 48 8d 74 24 40 48 89 4c 24 20 48
; 0070: 89 74 24 28 48 be 00 00 00 00 00 00 00 00 4c 89
; 0080: f1 ff d6 85 c0 0f 85 f3 01 00 00 4c 8b 64 24 40
; 0090: 4c 8b 44 24 38 4d 8b 4c 24 08 4d 0f b6 09 49 83
; 00a0: f8 01 40 0f 95 c7 45 84 c9 41 0f 95 c2 41 0b fa
; 00b0: 40 84 ff 0f 85 6b 01 00 00 49 8b 1c 24 48 8b 54
; 00c0: 24 30 4c 89 e9 4c 8d 41 08 41 b9 00 01 00 00 48
; 00d0: 8d 44 24 60 48 89 44 24 20 48 b8 00 00 00 00 00
; 00e0: 00 00 00 4c 89 f1 ff d0 85 c0 0f 85 5a 01 00 00
; 00f0: 48 8b 4c 24 60 48 81 f9 fc 00 00 00 0f 83 48 01
; 0100: 00 00 4c 89 e8 48 8d 50 08 48 89 54 24 58 66 0f
; 0110: ef c0 be 01 00 00 00 48 85 c9 0f 84 51 00 00 00
; 0120: f3 0f 6f 0a 66 0f 74 c8 66 0f d7 f9 48 89 f0 d3
; 0130: e0 44 8d 40 ff 41 b9 ff ff 00 00 48 83 f9 10 45
; 0140: 0f 42 c8 41 85 f9 0f 85 fe 00 00 00 48 81 c2 10
; 0150: 00 00 00 48 8d 79 f0 48 83 f9 10 0f 86 10 00 00
; 0160: 00 48 89 f9 e9 b7 ff ff ff 48 89 ce e9 4a 00 00
; 0170: 00 48 8b 4c 24 58 48 be 00 00 00 00 00 00 00 00
; 0180: 48 b8 01 00 00 00 01 00 00 00 48 01 06 ff d3 48
; 0190: 83 06 ff 4c 8d 44 24 68 48 c7 44 24 68 00 00 00
; 01a0: 00 48 be 00 00 00 00 00 00 00 00 4c 89 f1 48 89
; 01b0: c2 ff d6 48 8b 4c 24 68 48 89 ce 48 8b 44 24 70
; 01c0: 48 85 c0 0f 85 08 00 00 00 48 89 f0 e9 12 00 00
; 01d0: 00 48 b8 00 00 00 00 00 00 00 00 4c 89 e9 ff d0
; 01e0: 48 89 f0 48 8b 9c 24 80 01 00 00 48 8b b4 24 88
; 01f0: 01 00 00 48 8b bc 24 90 01 00 00 4c 8b a4 24 98
; 0200: 01 00 00 4c 8b ac 24 a0 01 00 00 4c 8b b4 24 a8
; 0210: 01 00 00 48 81 c4 b0 01 00 00 48 89 ec 5d c3 e9
; 0220: 5a 00 00 00 41 b9 01 00 00 00 48 be 00 00 00 00
; 0230: 00 00 00 00 4c 89 f1 4c 89 e2 ff d6 48 85 c0 0f
; 0240: 85 74 fe ff ff e9 34 00 00 00 48 8b 54 24 30 45
; 0250: 33 c0 4c 8d 4c 24 58 4c 89 e9 48 89 4c 24 20 48
; 0260: b8 00 00 00 00 00 00 00 00 4c 89 f1 ff d0 48 33
; 0270: c9 85 c0 0f 85 f8 fe ff ff e9 eb fe ff ff 48 33
; 0280: c0 48 8b 9c 24 80 01 00 00 48 8b b4 24 88 01 00
; 0290: 00 48 8b bc 24 90 01 00 00 4c 8b a4 24 98 01 00
; 02a0: 00 4c 8b ac 24 a0 01 00 00 4c 8b b4 24 a8 01 00
; 02b0: 00 48 81 c4 b0 01 00 00 48 89 ec 5d c3
