; f64(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [callback]
; u0:0 = jitffi_callback_f64(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u0:1 = jitffi_callback_dispatch
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
  movq %r9, <offset:1>+0x88(%rsp)
  movq <offset:0>+-0x60(%rbp), %r12
  movq <offset:0>+-0x58(%rbp), %r10
  movq <offset:0>+-0x50(%rbp), %r9
  movq <offset:0>+-0x48(%rbp), %r11
  movq <offset:0>+-0x40(%rbp), %r13
  movq <offset:0>+-0x38(%rbp), %rdi
  movss <offset:0>+-0x30(%rbp), %xmm1
  movsd <offset:0>+-0x28(%rbp), %xmm0
  movq <offset:0>+-0x20(%rbp), %rsi
  movq <offset:0>+-0x18(%rbp), %rbx
  movq <offset:0>+-0x10(%rbp), %rax
  movq <offset:0>+-8(%rbp), %r15
  leaq <offset:1>+(%rsp), %r14
  movq %r15, <offset:1>+(%rsp)
  movb %cl, <offset:1>+0x10(%rsp)
  movb %dl, <offset:1>+0x18(%rsp)
  movb %r8b, <offset:1>+0x20(%rsp)
  movq <offset:1>+0x88(%rsp), %rcx
  movb %cl, <offset:1>+0x28(%rsp)
  movw %r12w, <offset:1>+0x30(%rsp)
  movw %r10w, <offset:1>+0x38(%rsp)
  movl %r9d, <offset:1>+0x40(%rsp)
  movl %r11d, <offset:1>+0x48(%rsp)
  movq %r13, <offset:1>+0x50(%rsp)
  movq %rdi, <offset:1>+0x58(%rsp)
  movss %xmm1, <offset:1>+0x60(%rsp)
  movsd %xmm0, <offset:1>+0x68(%rsp)
  movq %rsi, <offset:1>+0x70(%rsp)
  movq %rbx, <offset:1>+0x78(%rsp)
  movq %rax, <offset:1>+0x80(%rsp)
  load_ext_name userextname0+0, %rax
  movq %r14, %rcx
  call    *%rax
  movsd <offset:1>+8(%rsp), %xmm0
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
; 329 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec f0 00 00 00 48 89 9c 24 b0
; 0010: 00 00 00 48 89 b4 24 b8 00 00 00 48 89 bc 24 c0
; 0020: 00 00 00 4c 89 a4 24 c8 00 00 00 4c 89 ac 24 d0
; 0030: 00 00 00 4c 89 b4 24 d8 00 00 00 4c 89 bc 24 e0
; 0040: 00 00 00 4c 89 8c 24 a8 00 00 00 4c 8b 65 30 4c
; 0050: 8b 55 38 4c 8b 4d 40 4c 8b 5d 48 4c 8b 6d 50 48
; 0060: 8b 7d 58 f3 0f 10 4d 60 f2 0f 10 45 68 48 8b 75
; 0070: 70 48 8b 5d 78 48 8b 85 80 00 00 00 4c 8b bd 88
; 0080: 00 00 00 4c 8d 74 24 20 4c 89 7c 24 20 88 4c 24
; 0090: 30 88 54 24 38 44 88 44 24 40 48 8b 8c 24 a8 00
; 00a0: 00 00 88 4c 24 48 66 44 89 64 24 50 66 44 89 54
; 00b0: 24 58 44 89 4c 24 60 44 89 5c 24 68 4c 89 6c 24
; 00c0: 70 48 89 7c 24 78 f3 0f 11 8c 24 80 00 00 00 f2
; 00d0: 0f 11 84 24 88 00 00 00 48 89 b4 24 90 00 00 00
; 00e0: 48 89 9c 24 98 00 00 00 48 89 84 24 a0 00 00 00
; 00f0: 48 b8 00 00 00 00 00 00 00 00 4c 89 f1 ff d0 f2
; 0100: 0f 10 44 24 28 48 8b 9c 24 b0 00 00 00 48 8b b4
; 0110: 24 b8 00 00 00 48 8b bc 24 c0 00 00 00 4c 8b a4
; 0120: 24 c8 00 00 00 4c 8b ac 24 d0 00 00 00 4c 8b b4
; 0130: 24 d8 00 00 00 4c 8b bc 24 e0 00 00 00 48 81 c4
; 0140: f0 00 00 00 48 89 ec 5d c3
