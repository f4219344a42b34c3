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
  movq <offset:0>+-0x60(%rbp), %r12
  movss <offset:0>+-0x58(%rbp), %xmm6
  movq <offset:0>+-0x50(%rbp), %r11
  movsd <offset:0>+-0x48(%rbp), %xmm4
  movq <offset:0>+-0x40(%rbp), %r9
  movsd <offset:0>+-0x38(%rbp), %xmm2
  movq <offset:0>+-0x30(%rbp), %rdi
  movss <offset:0>+-0x28(%rbp), %xmm5
  movq <offset:0>+-0x20(%rbp), %rdx
  movsd <offset:0>+-0x18(%rbp), %xmm0
  movq <offset:0>+-0x10(%rbp), %rcx
  movq <offset:0>+-8(%rbp), %rax
  load_ext_name userextname0+0, %rsi
  movabsq $0x100000001, %r10
  addq %r10, (%rsi)
  movq %xmm1, %r10
  movzbq %r12b, %rbx
  movq %rbx, 0x20(%rsp)
  movss %xmm6, 0x28(%rsp)
  movswq %r11w, %r11
  movq %r11, 0x30(%rsp)
  movsd %xmm4, 0x38(%rsp)
  movl %r9d, 0x40(%rsp)
  movsd %xmm2, 0x48(%rsp)
  movsbq %dil, %rdi
  movq %rdi, 0x50(%rsp)
  movss %xmm5, 0x58(%rsp)
  movq %rdx, 0x60(%rsp)
  movsd %xmm0, 0x68(%rsp)
  movq %rcx, 0x70(%rsp)
  movzbq %al, %rax
  movq %rax, 0x78(%rsp)
  movq %r13, %rcx
  movdqa %xmm7, %xmm1
  call    *%r10
  addq $0xffffffffffffffff, (%rsi)
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
; 343 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec d0 00 00 00 48 89 9c 24 80
; 0010: 00 00 00 48 89 b4 24 88 00 00 00 48 89 bc 24 90
; 0020: 00 00 00 4c 89 a4 24 98 00 00 00 4c 89 ac 24 a0
; 0030: 00 00 00 f3 0f 7f b4 24 b0 00 00 00 f3 0f 7f bc
; 0040: 24 c0 00 00 00 4d 89 c5 66 0f 6f fb 4c 8b 45 30
; 0050: f2 0f 10 5d 38 4c 8b 65 40 f3 0f 10 75 48 4c 8b
; 0060: 5d 50 f2 0f 10 65 58 4c 8b 4d 60 f2 0f 10 55 68
; 0070: 48 8b 7d 70 f3 0f 10 6d 78 48 8b 95 80 00 00 00
; 0080: f2 0f 10 85 88 00 00 00 48 8b 8d 90 00 00 00 48
; 0090: 8b 85 98 00 00 00 48 be 00 00 00 00 00 00 00 00
; 00a0: 49 ba 01 00 00 00 01 00 00 00 4c 01 16 66 49 0f
; 00b0: 7e ca 49 0f b6 dc 48 89 5c 24 20 f3 0f 11 74 24
; 00c0: 28 4d 0f bf db 4c 89 5c 24 30 f2 0f 11 64 24 38
; 00d0: 44 89 4c 24 40 f2 0f 11 54 24 48 48 0f be ff 48
; 00e0: 89 7c 24 50 f3 0f 11 6c 24 58 48 89 54 24 60 f2
; 00f0: 0f 11 44 24 68 48 89 4c 24 70 48 0f b6 c0 48 89
; 0100: 44 24 78 4c 89 e9 66 0f 6f cf 41 ff d2 48 83 06
; 0110: ff 48 8b 9c 24 80 00 00 00 48 8b b4 24 88 00 00
; 0120: 00 48 8b bc 24 90 00 00 00 4c 8b a4 24 98 00 00
; 0130: 00 4c 8b ac 24 a0 00 00 00 f3 0f 6f b4 24 b0 00
; 0140: 00 00 f3 0f 6f bc 24 c0 00 00 00 48 81 c4 d0 00
; 0150: 00 00 48 89 ec 5d c3
