; i32() [general tier]
; u0:0 = jitffi_general_i32()
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u1:0 (userextname2) = jitffi_sync_calls
; u0:3 = napi_create_int32
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  subq $0x90, %rsp
  movq %rbx, 0x70(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x78(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x80(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
block0:
  movq %rcx, %rbx
  uninit  %rax
  xorq %rax, %rax
  leaq <offset:1>+8(%rsp), %r8
  movq $0x0, <offset:1>+8(%rsp)
  leaq <offset:1>+(%rsp), %r9
  leaq <offset:1>+0x10(%rsp), %rcx
  movq %rax, 0x20(%rsp)
  movq %rcx, 0x28(%rsp)
  load_ext_name userextname0+0, %rax
  movq %rbx, %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label1; j label2
block2:
  movq <offset:1>+0x10(%rsp), %rdi
  movq <offset:1>+8(%rsp), %r8
  movq 8(%rdi), %rcx
  movzbq (%rcx), %rdx
  testq %r8, %r8
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
  movq (%rdi), %rax
  jmp     label8
block8:
  load_ext_name userextname2+0, %rsi
  movabsq $0x100000001, %rcx
  addq %rcx, (%rsi)
  call    *%rax
  addq $0xffffffffffffffff, (%rsi)
  leaq <offset:1>+0x30(%rsp), %r8
  movq $0x0, <offset:1>+0x30(%rsp)
  load_ext_name userextname3+0, %rsi
  movq %rbx, %rcx
  movq %rax, %rdx
  call    *%rsi
  movq <offset:1>+0x30(%rsp), %rax
  jmp     label9
block9:
  movq 0x70(%rsp), %rbx
  movq 0x78(%rsp), %rsi
  movq 0x80(%rsp), %rdi
  addq $0x90, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block1:
  jmp     label10
block4:
  uninit  %r9
  xorl %r9d, %r9d
  load_ext_name userextname1+0, %rsi
  movq %rbx, %rcx
  movq %rdi, %rdx
  call    *%rsi
  testq %rax, %rax
  jnz     label5; j label6
block6:
  jmp     label10
block10:
  uninit  %rax
  xorq %rax, %rax
  movq 0x70(%rsp), %rbx
  movq 0x78(%rsp), %rsi
  movq 0x80(%rsp), %rdi
  addq $0x90, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 298 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec 90 00 00 00 48 89 5c 24 70
; 0010: 48 89 74 24 78 48 89 bc 24 80 00 00 00 48 89 cb
; 0020: 48 33 c0 4c 8d 44 24 38 48 c7 44 24 38 00 00 00
; 0030: 00 4c 8d 4c 24 30 48 8d 4c 24 40 48 89 44 24 20
; 0040: 48 89 4c 24 28 48 b8 00 00 00 00 00 00 00 00 48
; 0050: 89 d9 ff d0 85 c0 0f 85 ad 00 00 00 48 8b 7c 24
; 0060: 40 4c 8b 44 24 38 48 8b 4f 08 48 0f b6 11 4d 85
; 0070: c0 0f 95 c1 84 d2 0f 95 c2 0b ca 84 c9 0f 85 68
; 0080: 00 00 00 48 8b 07 48 be 00 00 00 00 00 00 00 00
; 0090: 48 b9 01 00 00 00 01 00 00 00 48 01 0e ff d0 48
; 00a0: 83 06 ff 4c 8d 44 24 60 48 c7 44 24 60 00 00 00
; 00b0: 00 48 be 00 00 00 00 00 00 00 00 48 89 d9 48 89
; 00c0: c2 ff d6 48 8b 44 24 60 48 8b 5c 24 70 48 8b 74
; 00d0: 24 78 48 8b bc 24 80 00 00 00 48 81 c4 90 00 00
; 00e0: 00 48 89 ec 5d c3 e9 1e 00 00 00 45 33 c9 48 be
; 00f0: 00 00 00 00 00 00 00 00 48 89 d9 48 89 fa ff d6
; 0100: 48 85 c0 0f 85 7a ff ff ff 48 33 c0 48 8b 5c 24
; 0110: 70 48 8b 74 24 78 48 8b bc 24 80 00 00 00 48 81
; 0120: c4 90 00 00 00 48 89 ec 5d c3
