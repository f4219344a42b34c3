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
; u1:0 (userextname9) = jitffi_sync_calls
; u0:10 = napi_get_value_bigint_uint64
; u0:11 = napi_get_value_string_utf8
; u0:12 = napi_get_typedarray_info
; u0:13 = napi_get_value_double
; u0:14 = napi_create_bigint_uint64
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  subq $0x660, %rsp
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
  movdqu %xmm7, 0x650(%rsp)
  unwind SaveReg { clobber_offset: 64, reg: p7f }
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
  movq (%rdi), %rbx
  jmp     label8
block8:
  movq <offset:1>+(%rsp), %rdx
  leaq <offset:1>+0x50(%rsp), %r9
  movq %r9, %rsi
  leaq <offset:1>+0x80(%rsp), %r9
  movq %r9, <offset:1>+0x5c0(%rsp)
  load_ext_name userextname10+0, %rax
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
  movq <offset:1>+0x5c0(%rsp), %rsi
  movq %rsi, 0x20(%rsp)
  load_ext_name userextname11+0, %rsi
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rsi
  testl %eax, %eax
  jnz     label17; j label18
block18:
  movq <offset:1>+0x80(%rsp), %rcx
  cmpq $0xfc, %rcx
  jb      label20; j label19
block20:
  movq %r15, %rsi
  leaq 8(%rsi), %rdx
  movq %rdx, <offset:1>+0x58(%rsp)
  uninit  %xmm0
  pxor %xmm0, %xmm0
  testq %rcx, %rcx
  jnz     label21; j label22
block21:
  jmp     label23
block22:
  jmp     label31
block23:
  movdqu (%rdx), %xmm1
  pcmpeqb %xmm0, %xmm1
  pmovmskb %xmm1, %esi
  movl $0x1, %eax
  shll %cl, %eax
  leal -1(%rax), %edi
  movl $0xffff, %eax
  cmpq $0x10, %rcx
  cmovbl %edi, %eax
  testl %esi, %eax
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
  load_ext_name userextname12+0, %rax
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
  load_ext_name userextname12+0, %rax
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
  leaq <offset:1>+0x70(%rsp), %rdi
  load_ext_name userextname10+0, %rsi
  movq <offset:1>+0x5c0(%rsp), %r9
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rdi, %r8
  call    *%rsi
  movq %rdi, %r9
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
  load_ext_name userextname13+0, %rdi
  movq <offset:1>+0x5b8(%rsp), %rcx
  movq %rsi, %r8
  call    *%rdi
  movq %rsi, <offset:1>+0x5c0(%rsp)
  testl %eax, %eax
  jnz     label56; j label57
block57:
  movsd <offset:1>+0x78(%rsp), %xmm0
  cvt_float64_to_sint64_sat_seq %xmm0, %rsi, %r8, %xmm7
  movq %rsi, <offset:1>+0x78(%rsp)
  ucomisd (%rip), %xmm0
  setae %cl
  movabsq $0x41dfffffffc00000, %rdi
  movq %rdi, %xmm1
  ucomisd %xmm0, %xmm1
  setae %r9b
  andl %r9d, %ecx
  uninit  %xmm1
  xorpd %xmm1, %xmm1
  cvtsi2sdq %rsi, %xmm1
  ucomisd %xmm0, %xmm1
  setnp %r10b
  sete %r11b
  andl %r11d, %r10d
  andl %r10d, %ecx
  movq %xmm0, %r10
  cmpq (%rip), %r10
  setne %r11b
  testb %cl, %r11b
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
  movq <offset:1>+0x70(%rsp), %rdi
  movl <offset:1>+0x78(%rsp), %r10d
  load_ext_name userextname9+0, %rsi
  movabsq $0x100000001, %rax
  addq %rax, (%rsi)
  movq %rdi, 0x20(%rsp)
  movl %r10d, 0x28(%rsp)
  call    *%rbx
  addq $0xffffffffffffffff, (%rsi)
  leaq <offset:1>+0x88(%rsp), %r8
  movq $0x0, <offset:1>+0x88(%rsp)
  load_ext_name userextname14+0, %rsi
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
  movdqu 0x650(%rsp), %xmm7
  addq $0x660, %rsp
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
  load_ext_name userextname6+0, %rsi
  movq <offset:1>+0x5b8(%rsp), %rcx
  call    *%rsi
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
  movq <offset:1>+0x5c0(%rsp), %r9
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
  movdqu 0x650(%rsp), %xmm7
  addq $0x660, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 1944 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec 60 06 00 00 48 89 9c 24 10
; 0010: 06 00 00 48 89 b4 24 18 06 00 00 48 89 bc 24 20
; 0020: 06 00 00 4c 89 a4 24 28 06 00 00 4c 89 ac 24 30
; 0030: 06 00 00 4c 89 b4 24 38 06 00 00 4c 89 bc 24 40
; 0040: 06 00 00 f3 0f 7f bc 24 50 06 00 00 48 89 8c 24
; 0050: f8 05 00 00 48 33 c0 48 8d 8c 24 d0 00 00 00 48
; 0060: 89 8c 24 08 06 00 00 48 c7 84 24 d0 00 00 00 00
; 0070: 00 00 00 48 8d 8c 24 d8 01 00 00 49 89 cf 48 c7
; 0080: 84 24 d8 01 00 00 00 00 00 00 48 8d 8c 24 e0 02
; 0090: 00 00 49 89 ce 48 c7 84 24 e0 02 00 00 00 00 00
; 00a0: 00 48 8d 8c 24 e8 03 00 00 49 89 cd 48 c7 84 24
; 00b0: e8 03 00 00 00 00 00 00 48 8d 8c 24 f0 04 00 00
; 00c0: 49 89 cc 48 c7 84 24 f0 04 00 00 00 00 00 00 4c
; 00d0: 8d 44 24 70 48 c7 44 24 70 06 00 00 00 4c 8d 4c
; 00e0: 24 40 48 8d 4c 24 78 48 89 44 24 20 48 89 4c 24
; 00f0: 28 48 b8 00 00 00 00 00 00 00 00 48 8b 8c 24 f8
; 0100: 05 00 00 ff d0 85 c0 0f 85 14 06 00 00 48 8b 7c
; 0110: 24 78 4c 8b 44 24 70 48 8b 4f 08 48 0f b6 11 49
; 0120: 83 f8 06 0f 95 c1 84 d2 0f 95 c2 0b ca 84 c9 0f
; 0130: 85 5f 04 00 00 48 8b 1f 48 8b 54 24 40 4c 8d 8c
; 0140: 24 90 00 00 00 4c 89 ce 4c 8d 8c 24 c0 00 00 00
; 0150: 4c 89 8c 24 00 06 00 00 48 b8 00 00 00 00 00 00
; 0160: 00 00 48 8b 8c 24 f8 05 00 00 49 89 f0 ff d0 85
; 0170: c0 0f 85 48 04 00 00 48 0f b6 84 24 c0 00 00 00
; 0180: 84 c0 0f 84 37 04 00 00 48 8b 54 24 48 4c 89 f9
; 0190: 4c 8d 41 08 41 b9 00 01 00 00 48 8b b4 24 00 06
; 01a0: 00 00 48 89 74 24 20 48 be 00 00 00 00 00 00 00
; 01b0: 00 48 8b 8c 24 f8 05 00 00 ff d6 85 c0 0f 85 38
; 01c0: 04 00 00 48 8b 8c 24 c0 00 00 00 48 81 f9 fc 00
; 01d0: 00 00 0f 83 23 04 00 00 4c 89 fe 48 8d 56 08 48
; 01e0: 89 94 24 98 00 00 00 66 0f ef c0 48 85 c9 0f 84
; 01f0: 47 00 00 00 f3 0f 6f 0a 66 0f 74 c8 66 0f d7 f1
; 0200: b8 01 00 00 00 d3 e0 8d 78 ff b8 ff ff 00 00 48
; 0210: 83 f9 10 0f 42 c7 85 f0 0f 85 dd 03 00 00 48 81
; 0220: c2 10 00 00 00 48 8d 71 f0 48 83 f9 10 0f 86 08
; 0230: 00 00 00 48 89 f1 e9 b9 ff ff ff 48 8b 54 24 50
; 0240: 4d 33 c0 4c 8d 8c 24 a0 00 00 00 4c 89 4c 24 20
; 0250: 4c 89 ce 4c 89 44 24 28 4c 89 44 24 30 48 b8 00
; 0260: 00 00 00 00 00 00 00 48 8b 8c 24 f8 05 00 00 4c
; 0270: 8b 8c 24 00 06 00 00 ff d0 85 c0 0f 85 b9 03 00
; 0280: 00 48 8b 84 24 c0 00 00 00 48 85 c0 0f 84 a8 03
; 0290: 00 00 48 8b 54 24 58 4d 33 c0 4c 8d 8c 24 a8 00
; 02a0: 00 00 4c 89 4c 24 20 4c 89 ce 4c 89 44 24 28 4c
; 02b0: 89 44 24 30 48 b8 00 00 00 00 00 00 00 00 48 8b
; 02c0: 8c 24 f8 05 00 00 4c 8b 8c 24 00 06 00 00 ff d0
; 02d0: 85 c0 0f 85 9c 03 00 00 48 8b 84 24 c0 00 00 00
; 02e0: 48 85 c0 0f 84 8b 03 00 00 48 8b 54 24 60 48 8d
; 02f0: bc 24 b0 00 00 00 48 be 00 00 00 00 00 00 00 00
; 0300: 4c 8b 8c 24 00 06 00 00 48 8b 8c 24 f8 05 00 00
; 0310: 49 89 f8 ff d6 49 89 f9 85 c0 0f 85 8e 03 00 00
; 0320: 48 0f b6 84 24 c0 00 00 00 84 c0 0f 84 7d 03 00
; 0330: 00 48 8b 54 24 68 48 8d b4 24 b8 00 00 00 48 bf
; 0340: 00 00 00 00 00 00 00 00 48 8b 8c 24 f8 05 00 00
; 0350: 49 89 f0 ff d7 48 89 b4 24 00 06 00 00 85 c0 0f
; 0360: 85 80 03 00 00 f2 0f 10 84 24 b8 00 00 00 f2 48
; 0370: 0f 2c f0 48 83 fe 01 0f 81 2a 00 00 00 66 0f 2e
; 0380: c0 0f 8b 08 00 00 00 48 33 f6 e9 18 00 00 00 66
; 0390: 0f 57 ff 66 0f 2e f8 0f 83 0a 00 00 00 48 be ff
; 03a0: ff ff ff ff ff ff 7f 48 89 b4 24 b8 00 00 00 66
; 03b0: 0f 2e 05 c9 03 00 00 0f 93 c1 48 bf 00 00 c0 ff
; 03c0: ff ff df 41 66 48 0f 6e cf 66 0f 2e c8 41 0f 93
; 03d0: c1 41 23 c9 66 0f 57 c9 f2 48 0f 2a ce 66 0f 2e
; 03e0: c8 41 0f 9b c2 41 0f 94 c3 45 23 d3 41 23 ca 66
; 03f0: 49 0f 7e c2 4c 3b 15 95 03 00 00 41 0f 95 c3 41
; 0400: 84 cb 0f 84 dd 02 00 00 48 8b 8c 24 90 00 00 00
; 0410: 48 8b 94 24 98 00 00 00 4c 8b 84 24 a0 00 00 00
; 0420: 4c 8b 8c 24 a8 00 00 00 48 8b bc 24 b0 00 00 00
; 0430: 44 8b 94 24 b8 00 00 00 48 be 00 00 00 00 00 00
; 0440: 00 00 48 b8 01 00 00 00 01 00 00 00 48 01 06 48
; 0450: 89 7c 24 20 44 89 54 24 28 ff d3 48 83 06 ff 4c
; 0460: 8d 84 24 c8 00 00 00 48 c7 84 24 c8 00 00 00 00
; 0470: 00 00 00 48 be 00 00 00 00 00 00 00 00 48 8b 8c
; 0480: 24 f8 05 00 00 48 89 c2 ff d6 48 8b b4 24 c8 00
; 0490: 00 00 48 8b 84 24 d0 00 00 00 48 85 c0 0f 84 14
; 04a0: 00 00 00 48 b8 00 00 00 00 00 00 00 00 48 8b 8c
; 04b0: 24 08 06 00 00 ff d0 48 8b 84 24 d8 01 00 00 48
; 04c0: 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00 00 00 00
; 04d0: 00 00 4c 89 f9 ff d0 48 8b 84 24 e0 02 00 00 48
; 04e0: 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00 00 00 00
; 04f0: 00 00 4c 89 f1 ff d0 48 8b 84 24 e8 03 00 00 48
; 0500: 85 c0 0f 84 0f 00 00 00 48 b8 00 00 00 00 00 00
; 0510: 00 00 4c 89 e9 ff d0 48 8b 84 24 f0 04 00 00 48
; 0520: 85 c0 0f 85 08 00 00 00 48 89 f0 e9 12 00 00 00
; 0530: 48 b8 00 00 00 00 00 00 00 00 4c 89 e1 ff d0 48
; 0540: 89 f0 48 8b 9c 24 10 06 00 00 48 8b b4 24 18 06
; 0550: 00 00 48 8b bc 24 20 06 00 00 4c 8b a4 24 28 06
; 0560: 00 00 4c 8b ac 24 30 06 00 00 4c 8b b4 24 38 06
; 0570: 00 00 4c 8b bc 24 40 06 00 00 f3 0f 6f bc 24 50
; 0580: 06 00 00 48 81 c4 60 06 00 00 48 89 ec 5d c3 e9
; 0590: 8d 01 00 00 41 b9 06 00 00 00 48 be 00 00 00 00
; 05a0: 00 00 00 00 48 8b 8c 24 f8 05 00 00 48 89 fa ff
; 05b0: d6 48 85 c0 0f 85 7b fb ff ff e9 62 01 00 00 48
; 05c0: 8b 54 24 40 45 33 c0 48 8b 8c 24 08 06 00 00 48
; 05d0: 89 4c 24 20 48 b8 00 00 00 00 00 00 00 00 49 89
; 05e0: f1 48 8b 8c 24 f8 05 00 00 ff d0 48 33 f6 85 c0
; 05f0: 0f 85 92 fb ff ff e9 97 fe ff ff 48 8b 54 24 48
; 0600: 41 b8 01 00 00 00 4c 8d 8c 24 98 00 00 00 4c 89
; 0610: f9 48 89 4c 24 20 48 b8 00 00 00 00 00 00 00 00
; 0620: 48 8b 8c 24 f8 05 00 00 ff d0 48 33 f6 85 c0 0f
; 0630: 85 06 fc ff ff e9 58 fe ff ff 48 8b 54 24 50 41
; 0640: b8 02 00 00 00 4c 89 f1 48 89 4c 24 20 48 b8 00
; 0650: 00 00 00 00 00 00 00 49 89 f1 48 8b 8c 24 f8 05
; 0660: 00 00 ff d0 48 33 f6 85 c0 0f 85 23 fc ff ff e9
; 0670: 1e fe ff ff 48 8b 54 24 58 41 b8 03 00 00 00 4c
; 0680: 89 e9 48 89 4c 24 20 48 b8 00 00 00 00 00 00 00
; 0690: 00 49 89 f1 48 8b 8c 24 f8 05 00 00 ff d0 48 33
; 06a0: f6 85 c0 0f 85 40 fc ff ff e9 e4 fd ff ff 48 8b
; 06b0: 54 24 60 41 b8 04 00 00 00 4c 89 e1 48 89 4c 24
; 06c0: 20 48 be 00 00 00 00 00 00 00 00 48 8b 8c 24 f8
; 06d0: 05 00 00 ff d6 48 33 f6 85 c0 0f 85 51 fc ff ff
; 06e0: e9 ad fd ff ff 48 8b 54 24 68 41 b8 05 00 00 00
; 06f0: 48 33 f6 48 89 74 24 20 48 b8 00 00 00 00 00 00
; 0700: 00 00 4c 8b 8c 24 00 06 00 00 48 8b 8c 24 f8 05
; 0710: 00 00 ff d0 85 c0 0f 85 ec fc ff ff e9 71 fd ff
; 0720: ff 48 33 c0 48 8b 9c 24 10 06 00 00 48 8b b4 24
; 0730: 18 06 00 00 48 8b bc 24 20 06 00 00 4c 8b a4 24
; 0740: 28 06 00 00 4c 8b ac 24 30 06 00 00 4c 8b b4 24
; 0750: 38 06 00 00 4c 8b bc 24 40 06 00 00 f3 0f 6f bc
; 0760: 24 50 06 00 00 48 81 c4 60 06 00 00 48 89 ec 5d
; 0770: c3 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
; 0780: 00 00 00 00 00 00 e0 c1 00 00 00 00 00 00 00 00
; 0790: 00 00 00 00 00 00 00 80
