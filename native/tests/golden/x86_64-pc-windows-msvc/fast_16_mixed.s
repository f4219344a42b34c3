; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [fast tier]
; u0:0 = jitffi_fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
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
  movdqu %xmm6, 0xb0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p6f }
block0:
  load_ext_name userextname0+0, %rsi
  movq (%rsi), %rax
  movl 0x10(%rsi), %ecx
  movsd 0x18(%rsi), %xmm1
  movq 0x20(%rsi), %r8
  movsd 0x28(%rsi), %xmm3
  movzbq 0x30(%rsi), %r13
  movss 0x38(%rsi), %xmm6
  movzwq 0x40(%rsi), %r12
  movsd 0x48(%rsi), %xmm4
  movl 0x50(%rsi), %r11d
  movsd 0x58(%rsi), %xmm5
  movzbq 0x60(%rsi), %rbx
  movss 0x68(%rsi), %xmm0
  movq 0x70(%rsi), %rdx
  movsd 0x78(%rsi), %xmm2
  movq 0x80(%rsi), %r9
  movzbq 0x88(%rsi), %r10
  load_ext_name userextname1+0, %rdi
  movabsq $0x100000001, %r14
  addq %r14, (%rdi)
  movzbq %r13b, %r13
  movq %r13, 0x20(%rsp)
  movss %xmm6, 0x28(%rsp)
  movswq %r12w, %r12
  movq %r12, 0x30(%rsp)
  movsd %xmm4, 0x38(%rsp)
  movl %r11d, 0x40(%rsp)
  movsd %xmm5, 0x48(%rsp)
  movsbq %bl, %r11
  movq %r11, 0x50(%rsp)
  movss %xmm0, 0x58(%rsp)
  movq %rdx, 0x60(%rsp)
  movsd %xmm2, 0x68(%rsp)
  movq %r9, 0x70(%rsp)
  movzbq %r10b, %rdx
  movq %rdx, 0x78(%rsp)
  call    *%rax
  movsd %xmm0, 8(%rsi)
  addq $0xffffffffffffffff, (%rdi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x80(%rsp), %rbx
  movq 0x88(%rsp), %rsi
  movq 0x90(%rsp), %rdi
  movq 0x98(%rsp), %r12
  movq 0xa0(%rsp), %r13
  movq 0xa8(%rsp), %r14
  movdqu 0xb0(%rsp), %xmm6
  addq $0xc0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 348 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec c0 00 00 00 48 89 9c 24 80
; 0010: 00 00 00 48 89 b4 24 88 00 00 00 48 89 bc 24 90
; 0020: 00 00 00 4c 89 a4 24 98 00 00 00 4c 89 ac 24 a0
; 0030: 00 00 00 4c 89 b4 24 a8 00 00 00 f3 0f 7f b4 24
; 0040: b0 00 00 00 48 be 00 00 00 00 00 00 00 00 48 8b
; 0050: 06 8b 4e 10 f2 0f 10 4e 18 4c 8b 46 20 f2 0f 10
; 0060: 5e 28 4c 0f b6 6e 30 f3 0f 10 76 38 4c 0f b7 66
; 0070: 40 f2 0f 10 66 48 44 8b 5e 50 f2 0f 10 6e 58 48
; 0080: 0f b6 5e 60 f3 0f 10 46 68 48 8b 56 70 f2 0f 10
; 0090: 56 78 4c 8b 8e 80 00 00 00 4c 0f b6 96 88 00 00
; 00a0: 00 48 bf 00 00 00 00 00 00 00 00 49 be 01 00 00
; 00b0: 00 01 00 00 00 4c 01 37 4d 0f b6 ed 4c 89 6c 24
; 00c0: 20 f3 0f 11 74 24 28 4d 0f bf e4 4c 89 64 24 30
; 00d0: f2 0f 11 64 24 38 44 89 5c 24 40 f2 0f 11 6c 24
; 00e0: 48 4c 0f be db 4c 89 5c 24 50 f3 0f 11 44 24 58
; 00f0: 48 89 54 24 60 f2 0f 11 54 24 68 4c 89 4c 24 70
; 0100: 49 0f b6 d2 48 89 54 24 78 ff d0 f2 0f 11 46 08
; 0110: 48 83 07 ff 48 33 c0 48 8b 9c 24 80 00 00 00 48
; 0120: 8b b4 24 88 00 00 00 48 8b bc 24 90 00 00 00 4c
; 0130: 8b a4 24 98 00 00 00 4c 8b ac 24 a0 00 00 00 4c
; 0140: 8b b4 24 a8 00 00 00 f3 0f 6f b4 24 b0 00 00 00
; 0150: 48 81 c4 c0 00 00 00 48 89 ec 5d c3
