; i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [fast tier]
; u0:0 = jitffi_fast_i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  subq $0xf0, %rsp
  movq %rbx, 0xb0(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0xb8(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0xc0(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0xc8(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0xd0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0xd8(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
  movq %r15, 0xe0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p15i }
block0:
  load_ext_name userextname0+0, %rbx
  movq (%rbx), %rdx
  movq %rdx, <offset:1>+0x28(%rsp)
  movzbq 0x10(%rbx), %r13
  movzbq 0x18(%rbx), %r14
  movzbq 0x20(%rbx), %r15
  movzbq 0x28(%rbx), %rdi
  movzwq 0x30(%rbx), %r10
  movzwq 0x38(%rbx), %r12
  movl 0x40(%rbx), %ecx
  movq %rcx, <offset:1>+0x20(%rsp)
  movl 0x48(%rbx), %r8d
  movq %r8, <offset:1>+0x18(%rsp)
  movq 0x50(%rbx), %r9
  movq %r9, <offset:1>+0x10(%rsp)
  movq 0x58(%rbx), %rcx
  movq %rcx, <offset:1>+8(%rsp)
  movss 0x60(%rbx), %xmm0
  movsd 0x68(%rbx), %xmm1
  movq 0x70(%rbx), %r11
  movq %r11, <offset:1>+(%rsp)
  movq 0x78(%rbx), %r11
  movq 0x80(%rbx), %rax
  load_ext_name userextname1+0, %rsi
  movabsq $0x100000001, %rcx
  addq %rcx, (%rsi)
  movsbq %r13b, %rcx
  movzbq %r14b, %rdx
  movzbq %r15b, %r8
  movsbq %dil, %r9
  movswq %r10w, %rdi
  movq %rdi, 0x20(%rsp)
  movzwq %r12w, %rdi
  movq %rdi, 0x28(%rsp)
  movq <offset:1>+0x20(%rsp), %rdi
  movl %edi, 0x30(%rsp)
  movq <offset:1>+0x18(%rsp), %rdi
  movl %edi, 0x38(%rsp)
  movq <offset:1>+0x10(%rsp), %rdi
  movq %rdi, 0x40(%rsp)
  movq <offset:1>+8(%rsp), %r10
  movq %r10, 0x48(%rsp)
  movss %xmm0, 0x50(%rsp)
  movsd %xmm1, 0x58(%rsp)
  movq <offset:1>+(%rsp), %r10
  movq %r10, 0x60(%rsp)
  movq %r11, 0x68(%rsp)
  movq %rax, 0x70(%rsp)
  movq <offset:1>+0x28(%rsp), %rdi
  call    *%rdi
  movb %al, 8(%rbx)
  addq $0xffffffffffffffff, (%rsi)
  uninit  %rax
  xorq %rax, %rax
  movq 0xb0(%rsp), %rbx
  movq 0xb8(%rsp), %rsi
  movq 0xc0(%rsp), %rdi
  movq 0xc8(%rsp), %r12
  movq 0xd0(%rsp), %r13
  movq 0xd8(%rsp), %r14
  movq 0xe0(%rsp), %r15
  addq $0xf0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 428 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec f0 00 00 00 48 89 9c 24 b0
; 0010: 00 00 00 48 89 b4 24 b8 00 00 00 48 89 bc 24 c0
; 0020: 00 00 00 4c 89 a4 24 c8 00 00 00 4c 89 ac 24 d0
; 0030: 00 00 00 4c 89 b4 24 d8 00 00 00 4c 89 bc 24 e0
; 0040: 00 00 00 48 bb 00 00 00 00 00 00 00 00 48 8b 13
; 0050: 48 89 94 24 a8 00 00 00 4c 0f b6 6b 10 4c 0f b6
; 0060: 73 18 4c 0f b6 7b 20 48 0f b6 7b 28 4c 0f b7 53
; 0070: 30 4c 0f b7 63 38 8b 4b 40 48 89 8c 24 a0 00 00
; 0080: 00 44 8b 43 48 4c 89 84 24 98 00 00 00 4c 8b 4b
; 0090: 50 4c 89 8c 24 90 00 00 00 48 8b 4b 58 48 89 8c
; 00a0: 24 88 00 00 00 f3 0f 10 43 60 f2 0f 10 4b 68 4c
; 00b0: 8b 5b 70 4c 89 9c 24 80 00 00 00 4c 8b 5b 78 48
; 00c0: 8b 83 80 00 00 00 48 be 00 00 00 00 00 00 00 00
; 00d0: 48 b9 01 00 00 00 01 00 00 00 48 01 0e 49 0f be
; 00e0: cd 49 0f b6 d6 4d 0f b6 c7 4c 0f be cf 49 0f bf
; 00f0: fa 48 89 7c 24 20 49 0f b7 fc 48 89 7c 24 28 48
; 0100: 8b bc 24 a0 00 00 00 89 7c 24 30 48 8b bc 24 98
; 0110: 00 00 00 89 7c 24 38 48 8b bc 24 90 00 00 00 48
; 0120: 89 7c 24 40 4c 8b 94 24 88 00 00 00 4c 89 54 24
; 0130: 48 f3 0f 11 44 24 50 f2 0f 11 4c 24 58 4c 8b 94
; 0140: 24 80 00 00 00 4c 89 54 24 60 4c 89 5c 24 68 48
; 0150: 89 44 24 70 48 8b bc 24 a8 00 00 00 ff d7 88 43
; 0160: 08 48 83 06 ff 48 33 c0 48 8b 9c 24 b0 00 00 00
; 0170: 48 8b b4 24 b8 00 00 00 48 8b bc 24 c0 00 00 00
; 0180: 4c 8b a4 24 c8 00 00 00 4c 8b ac 24 d0 00 00 00
; 0190: 4c 8b b4 24 d8 00 00 00 4c 8b bc 24 e0 00 00 00
; 01a0: 48 81 c4 f0 00 00 00 48 89 ec 5d c3
