; pointer(pointer,string,buffer,arraybuffer,function,i32) [general tier]
; u0:0 = jitffi_general_pointer(pointer,string,buffer,arraybuffer,function,i32)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_pointer
; u0:4 = jitffi_arg_string
; u0:5 = jitffi_arg_buffer
; u0:6 = jitffi_arg_arraybuffer
; u0:7 = jitffi_arg_function
; u0:8 = jitffi_arg_i32
; u0:9 = jitffi_release_scratch
; u0:10 = napi_get_value_bigint_uint64
; u0:11 = napi_get_value_string_utf8
; u0:12 = napi_get_typedarray_info
; u0:13 = napi_get_value_double
; u0:14 = napi_create_bigint_uint64
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 96 }
  subq $0x670, %rsp
  movq %rbx, 0x610(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x618(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x620(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x628(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0x630(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0x638(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
  movq %r15, 0x640(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p15i }
  movdqu %xmm6, 0x650(%rsp)
  unwind SaveReg { clobber_offset: 64, reg: p6f }
  movdqu %xmm7, 0x660(%rsp)
  unwind SaveReg { clobber_offset: 80, reg: p7f }
block0:
  movq %rcx, <offset:1>+0x5b8(%rsp)
  uninit  %rax
  xorq %rax, %rax
  leaq <offset:1>+0x90(%rsp), %rcx
  movq %rcx, <offset:1>+0x5c8(%rsp)
  movq $0x0, <offset:1>+0x90(%rsp)
  leaq <offset:1>+0x198(%rsp), %rcx
  movq %rcx, %r15
  movq $0x0, <offset:1>+0x198(%rsp)
  leaq <offset:1>+0x2a0(%rsp), %rcx
  movq %rcx, %r14
  movq $0x0, <offset:1>+0x2a0(%rsp)
  leaq <offset:1>+0x3a8(%rsp), %rcx
  movq %rcx, %r13
  movq $0x0, <offset:1>+0x3a8(%rsp)
  leaq <offset:1>+0x4b0(%rsp), %rcx
  movq %rcx, %r12
  movq $0x0, <offset:1>+0x4b0(%rsp)
  leaq <offset:1>+0x30(%rsp), %r8
  movq $0x6, <offset:1>+0x30(%rsp)
  leaq <offset:1>+(%rsp), %r9
  leaq <offset:1>+0x38(%rsp), %rcx
  movq %rax, 0x20(%rsp)
  movq %rcx, 0x28(%rsp)
  load_ext_name userextname0+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label1; j label2
block2:
  movq <offset:1>+0x38(%rsp), %rdi
  movq <offset:1>+0x30(%rsp), %r8
  movq 8(%rdi), %rcx
  movzbq (%rcx), %rdx
  cmpq $0x6, %r8
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
  movq (%rdi), %rdi
  jmp     label8
block8:
  movq <offset:1>+(%rsp), %rdx
  leaq <offset:1>+0x50(%rsp), %r9
  movq %r9, %rsi
  leaq <offset:1>+0x80(%rsp), %r9
  movq %r9, <offset:1>+0x5c0(%rsp)
  load_ext_name userextname9+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rsi, %r8
  call    *%rax
  testl %eax, %eax
  jnz     label9; j label10
block10:
  movzbq <offset:1>+0x80(%rsp), %rax
  testb %al, %al
  jnz     label11; j label12
block11:
  jmp     label16
block14:
  jmp     label16
block15:
  jmp     label64
block16:
  movq <offset:1>+8(%rsp), %rdx
  movq %r15, %rcx
  leaq 8(%rcx), %r8
  movl $0x100, %r9d
  movq <offset:1>+0x5c0(%rsp), %rax
  movq %rax, 0x20(%rsp)
  load_ext_name userextname10+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label17; j label18
block18:
  movq <offset:1>+0x80(%rsp), %rcx
  cmpq $0xfc, %rcx
  jb      label20; j label19
block20:
  movq %r15, %rdx
  leaq 8(%rdx), %rdx
  movq %rdx, <offset:1>+0x58(%rsp)
  uninit  %xmm7
  pxor %xmm7, %xmm7
  testq %rcx, %rcx
  jnz     label21; j label22
block21:
  jmp     label23
block22:
  jmp     label31
block23:
  movdqu (%rdx), %xmm0
  pcmpeqb %xmm7, %xmm0
  pmovmskb %xmm0, %r11d
  movl $0x1, %r10d
  shll %cl, %r10d
  leal -1(%r10), %esi
  movl $0xffff, %r10d
  cmpq $0x10, %rcx
  cmovbl %esi, %r10d
  testl %r11d, %r10d
  jnz     label24; j label25
block25:
  leaq 0x10(%rdx), %rdx
  leaq -0x10(%rcx), %rsi
  cmpq $0x10, %rcx
  jnbe    label26; j label27
block26:
  movq %rsi, %rcx
  jmp     label23
block27:
  jmp     label31
block29:
  jmp     label31
block30:
  jmp     label64
block31:
  movq <offset:1>+0x10(%rsp), %rdx
  uninit  %r8
  xorq %r8, %r8
  leaq <offset:1>+0x60(%rsp), %r9
  movq %r9, 0x20(%rsp)
  movq %r9, %rsi
  movq %r8, 0x28(%rsp)
  movq %r8, 0x30(%rsp)
  load_ext_name userextname11+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq <offset:1>+0x5c0(%rsp), %r9
  call    *%rax
  testl %eax, %eax
  jnz     label32; j label33
block33:
  movq <offset:1>+0x80(%rsp), %rax
  testq %rax, %rax
  jnz     label34; j label35
block34:
  jmp     label39
block37:
  jmp     label39
block38:
  jmp     label64
block39:
  movq <offset:1>+0x18(%rsp), %rdx
  uninit  %r8
  xorq %r8, %r8
  leaq <offset:1>+0x68(%rsp), %r9
  movq %r9, 0x20(%rsp)
  movq %r9, %rsi
  movq %r8, 0x28(%rsp)
  movq %r8, 0x30(%rsp)
  load_ext_name userextname11+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq <offset:1>+0x5c0(%rsp), %r9
  call    *%rax
  testl %eax, %eax
  jnz     label40; j label41
block41:
  movq <offset:1>+0x80(%rsp), %rax
  testq %rax, %rax
  jnz     label42; j label43
block42:
  jmp     label47
block45:
  jmp     label47
block46:
  jmp     label64
block47:
  movq <offset:1>+0x20(%rsp), %rdx
  leaq <offset:1>+0x70(%rsp), %rbx
  load_ext_name userextname9+0, %rsi
  movq <offset:1>+0x5c0(%rsp), %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rbx, %r8
  call    *%rsi
  movq %rbx, %r9
  testl %eax, %eax
  jnz     label48; j label49
block49:
  movzbq <offset:1>+0x80(%rsp), %rax
  testb %al, %al
  jnz     label50; j label51
block50:
  jmp     label55
block53:
  jmp     label55
block54:
  jmp     label64
block55:
  movq <offset:1>+0x28(%rsp), %rdx
  leaq <offset:1>+0x78(%rsp), %rsi
  load_ext_name userextname12+0, %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rsi, %r8
  call    *%r9
  movq %rsi, %r10
  testl %eax, %eax
  jnz     label56; j label57
block57:
  movsd <offset:1>+0x78(%rsp), %xmm6
  cvt_float64_to_sint64_sat_seq %xmm6, %rsi, %r8, %xmm5
  movq %rsi, <offset:1>+0x78(%rsp)
  ucomisd (%rip), %xmm6
  setae %cl
  movabsq $0x41dfffffffc00000, %r8
  movq %r8, %xmm7
  ucomisd %xmm6, %xmm7
  setae %r8b
  andl %r8d, %ecx
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
  jnz     label58; j label59
block58:
  jmp     label63
block61:
  jmp     label63
block62:
  jmp     label64
block63:
  movq <offset:1>+0x50(%rsp), %rcx
  movq <offset:1>+0x58(%rsp), %rdx
  movq <offset:1>+0x60(%rsp), %r8
  movq <offset:1>+0x68(%rsp), %r9
  movq <offset:1>+0x70(%rsp), %rax
  movl <offset:1>+0x78(%rsp), %esi
  movq %rax, 0x20(%rsp)
  movl %esi, 0x28(%rsp)
  call    *%rdi
  leaq <offset:1>+0x88(%rsp), %r8
  movq $0x0, <offset:1>+0x88(%rsp)
  load_ext_name userextname13+0, %rsi
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rax, %rdx
  call    *%rsi
  movq <offset:1>+0x88(%rsp), %rsi
  jmp     label64
block64:
  movq <offset:1>+0x90(%rsp), %rax
  testq %rax, %rax
  jnz     label66; j label65
block65:
  jmp     label67
block66:
  load_ext_name userextname8+0, %rax
  movq <offset:1>+0x5c8(%rsp), %rcx
  call    *%rax
  jmp     label67
block67:
  movq <offset:1>+0x198(%rsp), %rax
  testq %rax, %rax
  jnz     label69; j label68
block68:
  jmp     label70
block69:
  load_ext_name userextname8+0, %rax
  movq %r15, %rcx
  call    *%rax
  jmp     label70
block70:
  movq <offset:1>+0x2a0(%rsp), %rax
  testq %rax, %rax
  jnz     label72; j label71
block71:
  jmp     label73
block72:
  load_ext_name userextname8+0, %rax
  movq %r14, %rcx
  call    *%rax
  jmp     label73
block73:
  movq <offset:1>+0x3a8(%rsp), %rax
  testq %rax, %rax
  jnz     label75; j label74
block74:
  jmp     label76
block75:
  load_ext_name userextname8+0, %rax
  movq %r13, %rcx
  call    *%rax
  jmp     label76
block76:
  movq <offset:1>+0x4b0(%rsp), %rax
  testq %rax, %rax
  jnz     label78; j label77
block77:
  movq %rsi, %rax
  jmp     label79
block78:
  load_ext_name userextname8+0, %rax
  movq %r12, %rcx
  call    *%rax
  movq %rsi, %rax
  jmp     label79
block79:
  movq 0x610(%rsp), %rbx
  movq 0x618(%rsp), %rsi
  movq 0x620(%rsp), %rdi
  movq 0x628(%rsp), %r12
  movq 0x630(%rsp), %r13
  movq 0x638(%rsp), %r14
  movq 0x640(%rsp), %r15
  movdqu 0x650(%rsp), %xmm6
  movdqu 0x660(%rsp), %xmm7
  addq $0x670, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block1:
  jmp     label80
block4:
  movl $0x6, %r9d
  load_ext_name userextname1+0, %rsi
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rdi, %rdx
  call    *%rsi
  testq %rax, %rax
  jnz     label5; j label6
block6:
  jmp     label80
block9:
  jmp     label13
block12:
  jmp     label13
block13:
  movq <offset:1>+(%rsp), %rdx
  uninit  %r8
  xorl %r8d, %r8d
  movq <offset:1>+0x5c8(%rsp), %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname2+0, %rax
  movq %rsi, %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  uninit  %rsi
  xorq %rsi, %rsi
  testl %eax, %eax
  jnz     label14; j label15
block17:
  jmp     label28
block19:
  jmp     label28
block24:
  jmp     label28
block28:
  movq <offset:1>+8(%rsp), %rdx
  movl $0x1, %r8d
  leaq <offset:1>+0x58(%rsp), %r9
  movq %r15, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname3+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  uninit  %rsi
  xorq %rsi, %rsi
  testl %eax, %eax
  jnz     label29; j label30
block32:
  jmp     label36
block35:
  jmp     label36
block36:
  movq <offset:1>+0x10(%rsp), %rdx
  movl $0x2, %r8d
  movq %r14, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname4+0, %rax
  movq %rsi, %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  uninit  %rsi
  xorq %rsi, %rsi
  testl %eax, %eax
  jnz     label37; j label38
block40:
  jmp     label44
block43:
  jmp     label44
block44:
  movq <offset:1>+0x18(%rsp), %rdx
  movl $0x3, %r8d
  movq %r13, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname5+0, %rax
  movq %rsi, %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  uninit  %rsi
  xorq %rsi, %rsi
  testl %eax, %eax
  jnz     label45; j label46
block48:
  jmp     label52
block51:
  jmp     label52
block52:
  movq <offset:1>+0x20(%rsp), %rdx
  movl $0x4, %r8d
  movq %r12, %rcx
  movq %rcx, 0x20(%rsp)
  load_ext_name userextname6+0, %rax
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  uninit  %rsi
  xorq %rsi, %rsi
  testl %eax, %eax
  jnz     label53; j label54
block56:
  jmp     label60
block59:
  jmp     label60
block60:
  movq <offset:1>+0x28(%rsp), %rdx
  movl $0x5, %r8d
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, 0x20(%rsp)
  load_ext_name userextname7+0, %rax
  movq %r10, %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rax
  testl %eax, %eax
  jnz     label61; j label62
block80:
  uninit  %rax
  xorq %rax, %rax
  movq 0x610(%rsp), %rbx
  movq 0x618(%rsp), %rsi
  movq 0x620(%rsp), %rdi
  movq 0x628(%rsp), %r12
  movq 0x630(%rsp), %r13
  movq 0x638(%rsp), %r14
  movq 0x640(%rsp), %r15
  movdqu 0x650(%rsp), %xmm6
  movdqu 0x660(%rsp), %xmm7
  addq $0x670, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 1928 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec 70 06 00 00 48 89 9c 24 10
; 0010: 06 00 00 48 89 b4 24 18 06 00 00 48 89 bc 24 20
; 0020: 06 00 00 4c 89 a4 24 28 06 00 00 4c 89 ac 24 30
; 0030: 06 00 00 4c 89 b4 24 38 06 00 00 4c 89 bc 24 40
; 0040: 06 00 00 f3 0f 7f b4 24 50 06 00 00 f3 0f 7f bc
; 0050: 24 60 06 00 00 48 89 8c 24 f8 05 00 00 48 33 c0
; 0060: 48 8d 8c 24 d0 00 00 00 48 89 8c 24 08 06 00 00
; 0070: 48 c7 84 24 d0 00 00 00 00 00 00 00 48 8d 8c 24
; 0080: d8 01 00 00 49 89 cf 48 c7 84 24 d8 01 00 00 00
; 0090: 00 00 00 48 8d 8c 24 e0 02 00 00 49 89 ce 48 c7
; 00a0: 84 24 e0 02 00 00 00 00 00 00 48 8d 8c 24 e8 03
; 00b0: 00 00 49 89 cd 48 c7 84 24 e8 03 00 00 00 00 00
; 00c0: 00 48 8d 8c 24 f0 04 00 00 49 89 cc 48 c7 84 24
; 00d0: f0 04 00 00 00 00 00 00 4c 8d 44 24 70 48 c7 44
; 00e0: 24 70 06 00 00 00 4c 8d 4c 24 40 48 8d 4c 24 78
; 00f0: 48 89 44 24 20 48 89 4c 24 28 48 b8 00 00 00 00
; 0100: 00 00 00 00 48 8b 8c 24 f8 05 00 00 ff d0 85 c0
; 0110: 0f 85 01 06 00 00 48 8b 7c 24 78 4c 8b 44 24 70
; 0120: 48 8b 4f 08 48 0f b6 11 49 83 f8 06 0f 95 c1 84
; 0130: d2 0f 95 c2 0b ca 84 c9 0f 85 51 04 00 00 48 8b
; 0140: 3f 48 8b 54 24 40 4c 8d 8c 24 90 00 00 00 4c 89
; 0150: ce 4c 8d 8c 24 c0 00 00 00 4c 89 8c 24 00 06 00
; 0160: 00 48 b8 00 00 00 00 00 00 00 00 48 8b 8c 24 f8
; 0170: 05 00 00 49 89 f0 ff d0 85 c0 0f 85 3a 04 00 00
; 0180: 48 0f b6 84 24 c0 00 00 00 84 c0 0f 84 29 04 00
; 0190: 00 48 8b 54 24 48 4c 89 f9 4c 8d 41 08 41 b9 00
; 01a0: 01 00 00 48 8b 84 24 00 06 00 00 48 89 44 24 20
; 01b0: 48 b8 00 00 00 00 00 00 00 00 48 8b 8c 24 f8 05
; 01c0: 00 00 ff d0 85 c0 0f 85 2a 04 00 00 48 8b 8c 24
; 01d0: c0 00 00 00 48 81 f9 fc 00 00 00 0f 83 15 04 00
; 01e0: 00 4c 89 fa 48 81 c2 08 00 00 00 48 89 94 24 98
; 01f0: 00 00 00 66 0f ef ff 48 85 c9 0f 84 4e 00 00 00
; 0200: f3 0f 6f 02 66 0f 74 c7 66 44 0f d7 d8 41 ba 01
; 0210: 00 00 00 41 d3 e2 41 8d 72 ff 41 ba ff ff 00 00
; 0220: 48 83 f9 10 44 0f 42 d6 45 85 da 0f 85 c5 03 00
; 0230: 00 48 81 c2 10 00 00 00 48 8d 71 f0 48 83 f9 10
; 0240: 0f 86 08 00 00 00 48 89 f1 e9 b2 ff ff ff 48 8b
; 0250: 54 24 50 4d 33 c0 4c 8d 8c 24 a0 00 00 00 4c 89
; 0260: 4c 24 20 4c 89 ce 4c 89 44 24 28 4c 89 44 24 30
; 0270: 48 b8 00 00 00 00 00 00 00 00 48 8b 8c 24 f8 05
; 0280: 00 00 4c 8b 8c 24 00 06 00 00 ff d0 85 c0 0f 85
; 0290: a1 03 00 00 48 8b 84 24 c0 00 00 00 48 85 c0 0f
; 02a0: 84 90 03 00 00 48 8b 54 24 58 4d 33 c0 4c 8d 8c
; 02b0: 24 a8 00 00 00 4c 89 4c 24 20 4c 89 ce 4c 89 44
; 02c0: 24 28 4c 89 44 24 30 48 b8 00 00 00 00 00 00 00
; 02d0: 00 48 8b 8c 24 f8 05 00 00 4c 8b 8c 24 00 06 00
; 02e0: 00 ff d0 85 c0 0f 85 84 03 00 00 48 8b 84 24 c0
; 02f0: 00 00 00 48 85 c0 0f 84 73 03 00 00 48 8b 54 24
; 0300: 60 48 8d 9c 24 b0 00 00 00 48 be 00 00 00 00 00
; 0310: 00 00 00 4c 8b 8c 24 00 06 00 00 48 8b 8c 24 f8
; 0320: 05 00 00 49 89 d8 ff d6 49 89 d9 85 c0 0f 85 76
; 0330: 03 00 00 48 0f b6 84 24 c0 00 00 00 84 c0 0f 84
; 0340: 65 03 00 00 48 8b 54 24 68 48 8d b4 24 b8 00 00
; 0350: 00 49 b9 00 00 00 00 00 00 00 00 48 8b 8c 24 f8
; 0360: 05 00 00 49 89 f0 41 ff d1 49 89 f2 85 c0 0f 85
; 0370: 6c 03 00 00 f2 0f 10 b4 24 b8 00 00 00 f2 48 0f
; 0380: 2c f6 48 83 fe 01 0f 81 2a 00 00 00 66 0f 2e f6
; 0390: 0f 8b 08 00 00 00 48 33 f6 e9 18 00 00 00 66 0f
; 03a0: 57 ed 66 0f 2e ee 0f 83 0a 00 00 00 48 be ff ff
; 03b0: ff ff ff ff ff 7f 48 89 b4 24 b8 00 00 00 66 0f
; 03c0: 2e 35 aa 03 00 00 0f 93 c1 49 b8 00 00 c0 ff ff
; 03d0: ff df 41 66 49 0f 6e f8 66 0f 2e fe 41 0f 93 c0
; 03e0: 41 23 c8 66 0f 57 ff f2 48 0f 2a fe 66 0f 2e fe
; 03f0: 41 0f 9b c0 41 0f 94 c1 45 23 c1 41 23 c8 66 49
; 0400: 0f 7e f0 4c 3b 05 76 03 00 00 41 0f 95 c1 41 84
; 0410: c9 0f 84 c9 02 00 00 48 8b 8c 24 90 00 00 00 48
; 0420: 8b 94 24 98 00 00 00 4c 8b 84 24 a0 00 00 00 4c
; 0430: 8b 8c 24 a8 00 00 00 48 8b 84 24 b0 00 00 00 8b
; 0440: b4 24 b8 00 00 00 48 89 44 24 20 89 74 24 28 ff
; 0450: d7 4c 8d 84 24 c8 00 00 00 48 c7 84 24 c8 00 00
; 0460: 00 00 00 00 00 48 be 00 00 00 00 00 00 00 00 48
; 0470: 8b 8c 24 f8 05 00 00 48 89 c2 ff d6 48 8b b4 24
; 0480: c8 00 00 00 48 8b 84 24 d0 00 00 00 48 85 c0 0f
; 0490: 84 14 00 00 00 48 b8 00 00 00 00 00 00 00 00 48
; 04a0: 8b 8c 24 08 06 00 00 ff d0 48 8b 84 24 d8 01 00
; 04b0: 00 48 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00 00
; 04c0: 00 00 00 00 4c 89 f9 ff d0 48 8b 84 24 e0 02 00
; 04d0: 00 48 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00 00
; 04e0: 00 00 00 00 4c 89 f1 ff d0 48 8b 84 24 e8 03 00
; 04f0: 00 48 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00 00
; 0500: 00 00 00 00 4c 89 e9 ff d0 48 8b 84 24 f0 04 00
; 0510: 00 48 85 c0 0f 85 08 00 00 00 48 89 f0 e9 12 00
; 0520: 00 00 48 b8 00 00 00 00 00 00 00 00 4c 89 e1 ff
; 0530: d0 48 89 f0 48 8b 9c 24 10 06 00 00 48 8b b4 24
; 0540: 18 06 00 00 48 8b bc 24 20 06 00 00 4c 8b a4 24
; 0550: 28 06 00 00 4c 8b ac 24 30 06 00 00 4c 8b b4 24
; 0560: 38 06 00 00 4c 8b bc 24 40 06 00 00 f3 0f 6f b4
; 0570: 24 50 06 00 00 f3 0f 6f bc 24 60 06 00 00 48 81
; 0580: c4 70 06 00 00 48 89 ec 5d c3 e9 88 01 00 00 41
; 0590: b9 06 00 00 00 48 be 00 00 00 00 00 00 00 00 48
; 05a0: 8b 8c 24 f8 05 00 00 48 89 fa ff d6 48 85 c0 0f
; 05b0: 85 89 fb ff ff e9 5d 01 00 00 48 8b 54 24 40 45
; 05c0: 33 c0 48 8b 8c 24 08 06 00 00 48 89 4c 24 20 48
; 05d0: b8 00 00 00 00 00 00 00 00 49 89 f1 48 8b 8c 24
; 05e0: f8 05 00 00 ff d0 48 33 f6 85 c0 0f 85 a0 fb ff
; 05f0: ff e9 8e fe ff ff 48 8b 54 24 48 41 b8 01 00 00
; 0600: 00 4c 8d 8c 24 98 00 00 00 4c 89 f9 48 89 4c 24
; 0610: 20 48 b8 00 00 00 00 00 00 00 00 48 8b 8c 24 f8
; 0620: 05 00 00 ff d0 48 33 f6 85 c0 0f 85 1e fc ff ff
; 0630: e9 4f fe ff ff 48 8b 54 24 50 41 b8 02 00 00 00
; 0640: 4c 89 f1 48 89 4c 24 20 48 b8 00 00 00 00 00 00
; 0650: 00 00 49 89 f1 48 8b 8c 24 f8 05 00 00 ff d0 48
; 0660: 33 f6 85 c0 0f 85 3b fc ff ff e9 15 fe ff ff 48
; 0670: 8b 54 24 58 41 b8 03 00 00 00 4c 89 e9 48 89 4c
; 0680: 24 20 48 b8 00 00 00 00 00 00 00 00 49 89 f1 48
; 0690: 8b 8c 24 f8 05 00 00 ff d0 48 33 f6 85 c0 0f 85
; 06a0: 58 fc ff ff e9 db fd ff ff 48 8b 54 24 60 41 b8
; 06b0: 04 00 00 00 4c 89 e1 48 89 4c 24 20 48 b8 00 00
; 06c0: 00 00 00 00 00 00 48 8b 8c 24 f8 05 00 00 ff d0
; 06d0: 48 33 f6 85 c0 0f 85 69 fc ff ff e9 a4 fd ff ff
; 06e0: 48 8b 54 24 68 41 b8 05 00 00 00 48 33 f6 48 89
; 06f0: 74 24 20 48 b8 00 00 00 00 00 00 00 00 4d 89 d1
; 0700: 48 8b 8c 24 f8 05 00 00 ff d0 85 c0 0f 85 05 fd
; 0710: ff ff e9 6d fd ff ff 48 33 c0 48 8b 9c 24 10 06
; 0720: 00 00 48 8b b4 24 18 06 00 00 48 8b bc 24 20 06
; 0730: 00 00 4c 8b a4 24 28 06 00 00 4c 8b ac 24 30 06
; 0740: 00 00 4c 8b b4 24 38 06 00 00 4c 8b bc 24 40 06
; 0750: 00 00 f3 0f 6f b4 24 50 06 00 00 f3 0f 6f bc 24
; 0760: 60 06 00 00 48 81 c4 70 06 00 00 48 89 ec 5d c3
; 0770: 00 00 00 00 00 00 e0 c1 00 00 00 00 00 00 00 00
; 0780: 00 00 00 00 00 00 00 80
