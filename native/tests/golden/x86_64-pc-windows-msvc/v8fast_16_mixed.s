; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [v8fast tier]
; u0:0 = jitffi_v8fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  subq $0xd0, %rsp
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
  movdqu %xmm6, 0xb0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p6f }
  movdqu %xmm7, 0xc0(%rsp)
  unwind SaveReg { clobber_offset: 64, reg: p7f }
block0:
  movq %r8, %r13
  movdqa %xmm3, %xmm7
  movq <offset:0>+-0x70(%rbp), %r8
  movsd <offset:0>+-0x68(%rbp), %xmm3
  movq <offset:0>+-0x60(%rbp), %r11
  movss <offset:0>+-0x58(%rbp), %xmm5
  movq <offset:0>+-0x50(%rbp), %r10
  movsd <offset:0>+-0x48(%rbp), %xmm4
  movq <offset:0>+-0x40(%rbp), %r9
  movsd <offset:0>+-0x38(%rbp), %xmm2
  movq <offset:0>+-0x30(%rbp), %rdi
  movss <offset:0>+-0x28(%rbp), %xmm6
  movq <offset:0>+-0x20(%rbp), %rsi
  movsd <offset:0>+-0x18(%rbp), %xmm0
  movq <offset:0>+-0x10(%rbp), %rdx
  movq <offset:0>+-8(%rbp), %rcx
  movq %xmm1, %rax
  testq %rax, %rax
  jl      label2; j label1
block1:
  movzbq %r11b, %r11
  movq %r11, 0x20(%rsp)
  movss %xmm5, 0x28(%rsp)
  movswq %r10w, %r10
  movq %r10, 0x30(%rsp)
  movsd %xmm4, 0x38(%rsp)
  movl %r9d, 0x40(%rsp)
  movsd %xmm2, 0x48(%rsp)
  movsbq %dil, %rdi
  movq %rdi, 0x50(%rsp)
  movss %xmm6, 0x58(%rsp)
  movq %rsi, 0x60(%rsp)
  movsd %xmm0, 0x68(%rsp)
  movq %rdx, 0x70(%rsp)
  movzbq %cl, %rcx
  movq %rcx, 0x78(%rsp)
  movq %r13, %rcx
  movdqa %xmm7, %xmm1
  call    *%rax
  jmp     label3
block2:
  load_ext_name userextname0+0, %rbx
  movabsq $0x100000001, %r12
  addq %r12, (%rbx)
  andq (%rip), %rax
  movzbq %r11b, %r11
  movq %r11, 0x20(%rsp)
  movss %xmm5, 0x28(%rsp)
  movswq %r10w, %r10
  movq %r10, 0x30(%rsp)
  movsd %xmm4, 0x38(%rsp)
  movl %r9d, 0x40(%rsp)
  movsd %xmm2, 0x48(%rsp)
  movsbq %dil, %rdi
  movq %rdi, 0x50(%rsp)
  movss %xmm6, 0x58(%rsp)
  movq %rsi, 0x60(%rsp)
  movsd %xmm0, 0x68(%rsp)
  movq %rdx, 0x70(%rsp)
  movzbq %cl, %rcx
  movq %rcx, 0x78(%rsp)
  movq %r13, %rcx
  movdqa %xmm7, %xmm1
  call    *%rax
  load_ext_name userextname0+0, %rax
  addq $0xffffffffffffffff, (%rax)
  jmp     label3
block3:
  movq 0x80(%rsp), %rbx
  movq 0x88(%rsp), %rsi
  movq 0x90(%rsp), %rdi
  movq 0x98(%rsp), %r12
  movq 0xa0(%rsp), %r13
  movdqu 0xb0(%rsp), %xmm6
  movdqu 0xc0(%rsp), %xmm7
  addq $0xd0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 472 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec d0 00 00 00 48 89 9c 24 80
; 0010: 00 00 00 48 89 b4 24 88 00 00 00 48 89 bc 24 90
; 0020: 00 00 00 4c 89 a4 24 98 00 00 00 4c 89 ac 24 a0
; 0030: 00 00 00 f3 0f 7f b4 24 b0 00 00 00 f3 0f 7f bc
; 0040: 24 c0 00 00 00 4d 89 c5 66 0f 6f fb 4c 8b 45 30
; 0050: f2 0f 10 5d 38 4c 8b 5d 40 f3 0f 10 6d 48 4c 8b
; 0060: 55 50 f2 0f 10 65 58 4c 8b 4d 60 f2 0f 10 55 68
; 0070: 48 8b 7d 70 f3 0f 10 75 78 48 8b b5 80 00 00 00
; 0080: f2 0f 10 85 88 00 00 00 48 8b 95 90 00 00 00 48
; 0090: 8b 8d 98 00 00 00 66 48 0f 7e c8 48 85 c0 0f 8c
; 00a0: 5f 00 00 00 4d 0f b6 db 4c 89 5c 24 20 f3 0f 11
; 00b0: 6c 24 28 4d 0f bf d2 4c 89 54 24 30 f2 0f 11 64
; 00c0: 24 38 44 89 4c 24 40 f2 0f 11 54 24 48 48 0f be
; 00d0: ff 48 89 7c 24 50 f3 0f 11 74 24 58 48 89 74 24
; 00e0: 60 f2 0f 11 44 24 68 48 89 54 24 70 48 0f b6 c9
; 00f0: 48 89 4c 24 78 4c 89 e9 66 0f 6f cf ff d0 e9 86
; 0100: 00 00 00 48 bb 00 00 00 00 00 00 00 00 49 bc 01
; 0110: 00 00 00 01 00 00 00 4c 01 23 48 23 05 af 00 00
; 0120: 00 4d 0f b6 db 4c 89 5c 24 20 f3 0f 11 6c 24 28
; 0130: 4d 0f bf d2 4c 89 54 24 30 f2 0f 11 64 24 38 44
; 0140: 89 4c 24 40 f2 0f 11 54 24 48 48 0f be ff 48 89
; 0150: 7c 24 50 f3 0f 11 74 24 58 48 89 74 24 60 f2 0f
; 0160: 11 44 24 68 48 89 54 24 70 48 0f b6 c9 48 89 4c
; 0170: 24 78 4c 89 e9 66 0f 6f cf ff d0 48 b8 00 00 00
; 0180: 00 00 00 00 00 48 83 00 ff 48 8b 9c 24 80 00 00
; 0190: 00 48 8b b4 24 88 00 00 00 48 8b bc 24 90 00 00
; 01a0: 00 4c 8b a4 24 98 00 00 00 4c 8b ac 24 a0 00 00
; 01b0: 00 f3 0f 6f b4 24 b0 00 00 00 f3 0f 6f bc 24 c0
; 01c0: 00 00 00 48 81 c4 d0 00 00 00 48 89 ec 5d c3 00
; 01d0: ff ff ff ff ff ff ff 7f
