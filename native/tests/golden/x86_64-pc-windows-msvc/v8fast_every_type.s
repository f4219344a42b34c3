; u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function) [v8fast tier]
; u0:0 = jitffi_v8fast_u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function)
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  subq $0xc0, %rsp
  movq %rbx, 0x80(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x88(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x90(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x98(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0xa0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0xa8(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
  movq %r15, 0xb0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p15i }
block0:
  movq <offset:0>+-0x60(%rbp), %r13
  movq <offset:0>+-0x58(%rbp), %r12
  movq <offset:0>+-0x50(%rbp), %r11
  movq <offset:0>+-0x48(%rbp), %r10
  movq <offset:0>+-0x40(%rbp), %r14
  movq <offset:0>+-0x38(%rbp), %r15
  movq <offset:0>+-0x30(%rbp), %rdi
  movq <offset:0>+-0x28(%rbp), %rsi
  movss <offset:0>+-0x20(%rbp), %xmm2
  movsd <offset:0>+-0x18(%rbp), %xmm0
  movq <offset:0>+-0x10(%rbp), %rbx
  movq <offset:0>+-8(%rbp), %rax
  movq %rax, <offset:1>+8(%rsp)
  movq %xmm1, %rax
  testq %rax, %rax
  jl      label2; j label1
block1:
  movsbq %r8b, %rcx
  movzbq %r9b, %rdx
  movzbq %r13b, %r8
  movsbq %r12b, %r9
  movswq %r11w, %r11
  movq %r11, 0x20(%rsp)
  movzwq %r10w, %r10
  movq %r10, 0x28(%rsp)
  movl %r14d, 0x30(%rsp)
  movl %r15d, 0x38(%rsp)
  movq %rdi, 0x40(%rsp)
  movq %rsi, 0x48(%rsp)
  movss %xmm2, 0x50(%rsp)
  movsd %xmm0, 0x58(%rsp)
  movq %rbx, 0x60(%rsp)
  movq <offset:1>+8(%rsp), %rbx
  movq %rbx, 0x68(%rsp)
  call    *%rax
  movzwl %ax, %eax
  jmp     label3
block2:
  movq %rbx, <offset:1>+(%rsp)
  movq <offset:1>+8(%rsp), %rbx
  load_ext_name userextname0+0, %rcx
  movabsq $0x100000001, %rdx
  addq %rdx, (%rcx)
  andq (%rip), %rax
  movsbq %r8b, %rcx
  movzbq %r9b, %rdx
  movzbq %r13b, %r8
  movsbq %r12b, %r9
  movswq %r11w, %r11
  movq %r11, 0x20(%rsp)
  movzwq %r10w, %r10
  movq %r10, 0x28(%rsp)
  movl %r14d, 0x30(%rsp)
  movl %r15d, 0x38(%rsp)
  movq %rdi, 0x40(%rsp)
  movq %rsi, 0x48(%rsp)
  movss %xmm2, 0x50(%rsp)
  movsd %xmm0, 0x58(%rsp)
  movq <offset:1>+(%rsp), %rsi
  movq %rsi, 0x60(%rsp)
  movq %rbx, 0x68(%rsp)
  call    *%rax
  load_ext_name userextname0+0, %r10
  addq $0xffffffffffffffff, (%r10)
  movzwl %ax, %eax
  jmp     label3
block3:
  movq 0x80(%rsp), %rbx
  movq 0x88(%rsp), %rsi
  movq 0x90(%rsp), %rdi
  movq 0x98(%rsp), %r12
  movq 0xa0(%rsp), %r13
  movq 0xa8(%rsp), %r14
  movq 0xb0(%rsp), %r15
  addq $0xc0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 456 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec c0 00 00 00 48 89 9c 24 80
; 0010: 00 00 00 48 89 b4 24 88 00 00 00 48 89 bc 24 90
; 0020: 00 00 00 4c 89 a4 24 98 00 00 00 4c 89 ac 24 a0
; 0030: 00 00 00 4c 89 b4 24 a8 00 00 00 4c 89 bc 24 b0
; 0040: 00 00 00 4c 8b 6d 30 4c 8b 65 38 4c 8b 5d 40 4c
; 0050: 8b 55 48 4c 8b 75 50 4c 8b 7d 58 48 8b 7d 60 48
; 0060: 8b 75 68 f3 0f 10 55 70 f2 0f 10 45 78 48 8b 9d
; 0070: 80 00 00 00 48 8b 85 88 00 00 00 48 89 44 24 78
; 0080: 66 48 0f 7e c8 48 85 c0 0f 8c 5b 00 00 00 49 0f
; 0090: be c8 49 0f b6 d1 4d 0f b6 c5 4d 0f be cc 4d 0f
; 00a0: bf db 4c 89 5c 24 20 4d 0f b7 d2 4c 89 54 24 28
; 00b0: 44 89 74 24 30 44 89 7c 24 38 48 89 7c 24 40 48
; 00c0: 89 74 24 48 f3 0f 11 54 24 50 f2 0f 11 44 24 58
; 00d0: 48 89 5c 24 60 48 8b 5c 24 78 48 89 5c 24 68 ff
; 00e0: d0 0f b7 c0 e9 8c 00 00 00 48 89 5c 24 70 48 8b
; 00f0: 5c 24 78 48 b9 00 00 00 00 00 00 00 00 48 ba 01
; 0100: 00 00 00 01 00 00 00 48 01 11 48 23 05 af 00 00
; 0110: 00 49 0f be c8 49 0f b6 d1 4d 0f b6 c5 4d 0f be
; 0120: cc 4d 0f bf db 4c 89 5c 24 20 4d 0f b7 d2 4c 89
; 0130: 54 24 28 44 89 74 24 30 44 89 7c 24 38 48 89 7c
; 0140: 24 40 48 89 74 24 48 f3 0f 11 54 24 50 f2 0f 11
; 0150: 44 24 58 48 8b 74 24 70 48 89 74 24 60 48 89 5c
; 0160: 24 68 ff d0 49 ba 00 00 00 00 00 00 00 00 49 83
; 0170: 02 ff 0f b7 c0 48 8b 9c 24 80 00 00 00 48 8b b4
; 0180: 24 88 00 00 00 48 8b bc 24 90 00 00 00 4c 8b a4
; 0190: 24 98 00 00 00 4c 8b ac 24 a0 00 00 00 4c 8b b4
; 01a0: 24 a8 00 00 00 4c 8b bc 24 b0 00 00 00 48 81 c4
; 01b0: c0 00 00 00 48 89 ec 5d c3 00 00 00 00 00 00 00
; 01c0: ff ff ff ff ff ff ff 7f
