; i32(buffer,u64) errno [general tier]
; u0:0 = jitffi_general_i32(buffer,u64) errno
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_buffer
; u0:4 = jitffi_arg_u64
; u0:5 = jitffi_release_scratch
; u1:0 (userextname5) = jitffi_sync_calls
; u0:6 = jitffi_errno_before
; u0:7 = jitffi_errno_after
; u0:8 = napi_get_typedarray_info
; u0:9 = napi_get_value_bigint_uint64
; u0:10 = napi_create_int32
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x1d0, %rsp
  movq %rbx, 0x1a0(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x1a8(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x1b0(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x1b8(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0x1c0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0x1c8(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
block0:
  movq %rcx, %r14
  uninit  %rax
  xorq %rax, %rax
  leaq <offset:1>+0x50(%rsp), %rcx
  movq %rcx, %r13
  movq $0x0, <offset:1>+0x50(%rsp)
  leaq <offset:1>+0x10(%rsp), %r8
  movq $0x2, <offset:1>+0x10(%rsp)
  leaq <offset:1>+(%rsp), %r9
  leaq <offset:1>+0x18(%rsp), %rsi
  movq %rax, 0x20(%rsp)
  movq %rsi, 0x28(%rsp)
  load_ext_name userextname0+0, %rsi
  movq %r14, %rcx
  call    *%rsi
  testl %eax, %eax
  jnz     label1; j label2
block2:
  movq <offset:1>+0x18(%rsp), %rdi
  movq <offset:1>+0x10(%rsp), %r8
  movq 8(%rdi), %r9
  movzbq (%r9), %r9
  cmpq $0x2, %r8
  setne %sil
  testb %r9b, %r9b
  setne %r9b
  orl %r9d, %esi
  testb %sil, %sil
  jnz     label4; j label3
block3:
  jmp     label7
block5:
  jmp     label7
block7:
  movq (%rdi), %rsi
  jmp     label8
block8:
  movq <offset:1>+(%rsp), %rdx
  uninit  %r8
  xorq %r8, %r8
  leaq <offset:1>+0x40(%rsp), %r9
  movq %r9, %r12
  leaq <offset:1>+0x30(%rsp), %r9
  movq %r9, 0x20(%rsp)
  movq %r9, %rdi
  movq %r8, 0x28(%rsp)
  movq %r8, 0x30(%rsp)
  load_ext_name userextname8+0, %rax
  movq %r14, %rcx
  movq %r12, %r9
  call    *%rax
  testl %eax, %eax
  jnz     label9; j label10
block10:
  movq <offset:1>+0x40(%rsp), %rax
  testq %rax, %rax
  jnz     label11; j label12
block11:
  jmp     label16
block14:
  jmp     label16
block15:
  movq %rdi, %rsi
  jmp     label25
block16:
  movq <offset:1>+8(%rsp), %rdx
  leaq <offset:1>+0x38(%rsp), %rbx
  load_ext_name userextname9+0, %rdi
  movq %r12, %r9
  movq %r14, %rcx
  movq %rbx, %r8
  call    *%rdi
  movq %rbx, %r9
  testl %eax, %eax
  jnz     label17; j label18
block18:
  movzbq <offset:1>+0x40(%rsp), %rax
  testb %al, %al
  jnz     label19; j label20
block19:
  jmp     label24
block22:
  jmp     label24
block23:
  movq %rdi, %rsi
  jmp     label25
block24:
  movq <offset:1>+0x30(%rsp), %rbx
  movq <offset:1>+0x38(%rsp), %r12
  load_ext_name userextname5+0, %rdi
  movabsq $0x100000001, %rax
  addq %rax, (%rdi)
  load_ext_name userextname6+0, %rax
  call    *%rax
  movq %rbx, %rcx
  movq %r12, %rdx
  call    *%rsi
  movq %rax, %rsi
  load_ext_name userextname7+0, %rax
  call    *%rax
  addq $0xffffffffffffffff, (%rdi)
  leaq <offset:1>+0x48(%rsp), %r8
  movq $0x0, <offset:1>+0x48(%rsp)
  load_ext_name userextname10+0, %rax
  movq %r14, %rcx
  movq %rsi, %rdx
  call    *%rax
  movq <offset:1>+0x48(%rsp), %rdi
  movq %rdi, %rsi
  jmp     label25
block25:
  movq <offset:1>+0x50(%rsp), %rax
  testq %rax, %rax
  jnz     label27; j label26
block26:
  movq %rsi, %rax
  jmp     label28
block27:
  load_ext_name userextname4+0, %rax
  movq %r13, %rcx
  call    *%rax
  movq %rsi, %rax
  jmp     label28
block28:
  movq 0x1a0(%rsp), %rbx
  movq 0x1a8(%rsp), %rsi
  movq 0x1b0(%rsp), %rdi
  movq 0x1b8(%rsp), %r12
  movq 0x1c0(%rsp), %r13
  movq 0x1c8(%rsp), %r14
  addq $0x1d0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block1:
  jmp     label29
block4:
  movl $0x2, %r9d
  load_ext_name userextname1+0, %rax
  movq %r14, %rcx
  movq %rdi, %rdx
  call    *%rax
  testq %rax, %rax
  jnz     label5; j label6
block6:
  jmp     label29
block9:
  jmp     label13
block12:
  jmp     label13
block13:
  movq <offset:1>+(%rsp), %rdx
  uninit  %r8
  xorl %r8d, %r8d
  movq %r13, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname2+0, %rax
  movq %rdi, %r9
  movq %r14, %rcx
  call    *%rax
  uninit  %rdi
  xorq %rdi, %rdi
  testl %eax, %eax
  jnz     label14; j label15
block17:
  jmp     label21
block20:
  jmp     label21
block21:
  movq <offset:1>+8(%rsp), %rdx
  movl $0x1, %r8d
  uninit  %rdi
  xorq %rdi, %rdi
  movq %rdi, 0x20(%rsp)
  load_ext_name userextname3+0, %rax
  movq %r14, %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label22; j label23
block29:
  uninit  %rax
  xorq %rax, %rax
  movq 0x1a0(%rsp), %rbx
  movq 0x1a8(%rsp), %rsi
  movq 0x1b0(%rsp), %rdi
  movq 0x1b8(%rsp), %r12
  movq 0x1c0(%rsp), %r13
  movq 0x1c8(%rsp), %r14
  addq $0x1d0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 790 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec d0 01 00 00 48 89 9c 24 a0
; 0010: 01 00 00 48 89 b4 24 a8 01 00 00 48 89 bc 24 b0
; 0020: 01 00 00 4c 89 a4 24 b8 01 00 00 4c 89 ac 24 c0
; 0030: 01 00 00 4c 89 b4 24 c8 01 00 00 49 89 ce 48 33
; 0040: c0 48 8d 8c 24 90 00 00 00 49 89 cd 48 c7 84 24
; 0050: 90 00 00 00 00 00 00 00 4c 8d 44 24 50 48 c7 44
; 0060: 24 50 02 00 00 00 4c 8d 4c 24 40 48 8d 74 24 58
; 0070: 48 89 44 24 20 48 89 74 24 28 48 be 00 00 00 00
; 0080: 00 00 00 00 4c 89 f1 ff d6 85 c0 0f 85 46 02 00
; 0090: 00 48 8b 7c 24 58 4c 8b 44 24 50 4c 8b 4f 08 4d
; 00a0: 0f b6 09 49 83 f8 02 40 0f 95 c6 45 84 c9 41 0f
; 00b0: 95 c1 41 0b f1 40 84 f6 0f 85 92 01 00 00 48 8b
; 00c0: 37 48 8b 54 24 40 4d 33 c0 4c 8d 8c 24 80 00 00
; 00d0: 00 4d 89 cc 4c 8d 4c 24 70 4c 89 4c 24 20 4c 89
; 00e0: cf 4c 89 44 24 28 4c 89 44 24 30 48 b8 00 00 00
; 00f0: 00 00 00 00 00 4c 89 f1 4d 89 e1 ff d0 85 c0 0f
; 0100: 85 71 01 00 00 48 8b 84 24 80 00 00 00 48 85 c0
; 0110: 0f 84 60 01 00 00 e9 08 00 00 00 48 89 fe e9 c1
; 0120: 00 00 00 48 8b 54 24 48 48 8d 5c 24 78 48 bf 00
; 0130: 00 00 00 00 00 00 00 4d 89 e1 4c 89 f1 49 89 d8
; 0140: ff d7 49 89 d9 85 c0 0f 85 5b 01 00 00 48 0f b6
; 0150: 84 24 80 00 00 00 84 c0 0f 84 4a 01 00 00 e9 08
; 0160: 00 00 00 48 89 fe e9 79 00 00 00 48 8b 5c 24 70
; 0170: 4c 8b 64 24 78 48 bf 00 00 00 00 00 00 00 00 48
; 0180: b8 01 00 00 00 01 00 00 00 48 01 07 48 b8 00 00
; 0190: 00 00 00 00 00 00 ff d0 48 89 d9 4c 89 e2 ff d6
; 01a0: 48 89 c6 48 b8 00 00 00 00 00 00 00 00 ff d0 48
; 01b0: 83 07 ff 4c 8d 84 24 88 00 00 00 48 c7 84 24 88
; 01c0: 00 00 00 00 00 00 00 48 b8 00 00 00 00 00 00 00
; 01d0: 00 4c 89 f1 48 89 f2 ff d0 48 8b bc 24 88 00 00
; 01e0: 00 48 89 fe 48 8b 84 24 90 00 00 00 48 85 c0 0f
; 01f0: 85 08 00 00 00 48 89 f0 e9 12 00 00 00 48 b8 00
; 0200: 00 00 00 00 00 00 00 4c 89 e9 ff d0 48 89 f0 48
; 0210: 8b 9c 24 a0 01 00 00 48 8b b4 24 a8 01 00 00 48
; 0220: 8b bc 24 b0 01 00 00 4c 8b a4 24 b8 01 00 00 4c
; 0230: 8b ac 24 c0 01 00 00 4c 8b b4 24 c8 01 00 00 48
; 0240: 81 c4 d0 01 00 00 48 89 ec 5d c3 e9 87 00 00 00
; 0250: 41 b9 02 00 00 00 48 b8 00 00 00 00 00 00 00 00
; 0260: 4c 89 f1 48 89 fa ff d0 48 85 c0 0f 85 4d fe ff
; 0270: ff e9 61 00 00 00 48 8b 54 24 40 45 33 c0 4c 89
; 0280: e9 48 89 4c 24 20 48 b8 00 00 00 00 00 00 00 00
; 0290: 49 89 f9 4c 89 f1 ff d0 48 33 ff 85 c0 0f 85 80
; 02a0: fe ff ff e9 73 fe ff ff 48 8b 54 24 48 41 b8 01
; 02b0: 00 00 00 48 33 ff 48 89 7c 24 20 48 b8 00 00 00
; 02c0: 00 00 00 00 00 4c 89 f1 ff d0 85 c0 0f 85 99 fe
; 02d0: ff ff e9 8c fe ff ff 48 33 c0 48 8b 9c 24 a0 01
; 02e0: 00 00 48 8b b4 24 a8 01 00 00 48 8b bc 24 b0 01
; 02f0: 00 00 4c 8b a4 24 b8 01 00 00 4c 8b ac 24 c0 01
; 0300: 00 00 4c 8b b4 24 c8 01 00 00 48 81 c4 d0 01 00
; 0310: 00 48 89 ec 5d c3
