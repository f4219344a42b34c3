; f64(i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64) [callback]
; u0:0 = jitffi_callback_f64(i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64)
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
  movdqu %xmm6, 0xd0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p6f }
  movdqu %xmm7, 0xe0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p7f }
block0:
  movdqa %xmm3, %xmm6
  movq <offset:0>+-0x70(%rbp), %r10
  movsd <offset:0>+-0x68(%rbp), %xmm7
  movq <offset:0>+-0x60(%rbp), %r9
  movsd <offset:0>+-0x58(%rbp), %xmm4
  movq <offset:0>+-0x50(%rbp), %rdi
  movsd <offset:0>+-0x48(%rbp), %xmm3
  movq <offset:0>+-0x40(%rbp), %rsi
  movsd <offset:0>+-0x38(%rbp), %xmm2
  movq <offset:0>+-0x30(%rbp), %rdx
  movsd <offset:0>+-0x28(%rbp), %xmm5
  movq <offset:0>+-0x20(%rbp), %rax
  movsd <offset:0>+-0x18(%rbp), %xmm0
  movq <offset:0>+-0x10(%rbp), %rbx
  leaq <offset:1>+(%rsp), %r11
  movq %rbx, <offset:1>+(%rsp)
  movl %ecx, <offset:1>+0x10(%rsp)
  movsd %xmm1, <offset:1>+0x18(%rsp)
  movq %r8, <offset:1>+0x20(%rsp)
  movdqa %xmm6, %xmm1
  movsd %xmm1, <offset:1>+0x28(%rsp)
  movl %r10d, <offset:1>+0x30(%rsp)
  movsd %xmm7, <offset:1>+0x38(%rsp)
  movq %r9, <offset:1>+0x40(%rsp)
  movsd %xmm4, <offset:1>+0x48(%rsp)
  movl %edi, <offset:1>+0x50(%rsp)
  movsd %xmm3, <offset:1>+0x58(%rsp)
  movq %rsi, <offset:1>+0x60(%rsp)
  movsd %xmm2, <offset:1>+0x68(%rsp)
  movl %edx, <offset:1>+0x70(%rsp)
  movsd %xmm5, <offset:1>+0x78(%rsp)
  movq %rax, <offset:1>+0x80(%rsp)
  movsd %xmm0, <offset:1>+0x88(%rsp)
  load_ext_name userextname0+0, %rax
  movq %r11, %rcx
  call    *%rax
  movsd <offset:1>+8(%rsp), %xmm0
  movq 0xb0(%rsp), %rbx
  movq 0xb8(%rsp), %rsi
  movq 0xc0(%rsp), %rdi
  movdqu 0xd0(%rsp), %xmm6
  movdqu 0xe0(%rsp), %xmm7
  addq $0xf0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 316 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec f0 00 00 00 48 89 9c 24 b0
; 0010: 00 00 00 48 89 b4 24 b8 00 00 00 48 89 bc 24 c0
; 0020: 00 00 00 f3 0f 7f b4 24 d0 00 00 00 f3 0f 7f bc
; 0030: 24 e0 00 00 00 66 0f 6f f3 4c 8b 55 30 f2 0f 10
; 0040: 7d 38 4c 8b 4d 40 f2 0f 10 65 48 48 8b 7d 50 f2
; 0050: 0f 10 5d 58 48 8b 75 60 f2 0f 10 55 68 48 8b 55
; 0060: 70 f2 0f 10 6d 78 48 8b 85 80 00 00 00 f2 0f 10
; 0070: 85 88 00 00 00 48 8b 9d 90 00 00 00 4c 8d 5c 24
; 0080: 20 48 89 5c 24 20 89 4c 24 30 f2 0f 11 4c 24 38
; 0090: 4c 89 44 24 40 66 0f 6f ce f2 0f 11 4c 24 48 44
; 00a0: 89 54 24 50 f2 0f 11 7c 24 58 4c 89 4c 24 60 f2
; 00b0: 0f 11 64 24 68 89 7c 24 70 f2 0f 11 5c 24 78 48
; 00c0: 89 b4 24 80 00 00 00 f2 0f 11 94 24 88 00 00 00
; 00d0: 89 94 24 90 00 00 00 f2 0f 11 ac 24 98 00 00 00
; 00e0: 48 89 84 24 a0 00 00 00 f2 0f 11 84 24 a8 00 00
; 00f0: 00 48 b8 00 00 00 00 00 00 00 00 4c 89 d9 ff d0
; 0100: f2 0f 10 44 24 28 48 8b 9c 24 b0 00 00 00 48 8b
; 0110: b4 24 b8 00 00 00 48 8b bc 24 c0 00 00 00 f3 0f
; 0120: 6f b4 24 d0 00 00 00 f3 0f 6f bc 24 e0 00 00 00
; 0130: 48 81 c4 f0 00 00 00 48 89 ec 5d c3
