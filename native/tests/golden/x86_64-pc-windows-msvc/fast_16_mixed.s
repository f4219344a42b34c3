; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [fast tier]
; u0:0 = jitffi_fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_slots
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0xb0, %rsp
  movq %rbx, 0x80(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x88(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x90(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x98(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movdqu %xmm6, 0xa0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p6f }
block0:
  load_ext_name userextname0+0, %rsi
  movq (%rsi), %rax
  movl 0x10(%rsi), %ecx
  movsd 0x18(%rsi), %xmm1
  movq 0x20(%rsi), %r8
  movsd 0x28(%rsi), %xmm3
  movzbq 0x30(%rsi), %r12
  movss 0x38(%rsi), %xmm6
  movzwq 0x40(%rsi), %rbx
  movsd 0x48(%rsi), %xmm4
  movl 0x50(%rsi), %r10d
  movsd 0x58(%rsi), %xmm5
  movzbq 0x60(%rsi), %r11
  movss 0x68(%rsi), %xmm0
  movq 0x70(%rsi), %rdx
  movsd 0x78(%rsi), %xmm2
  movq 0x80(%rsi), %rdi
  movzbq 0x88(%rsi), %r9
  movzbq %r12b, %r12
  movq %r12, 0x20(%rsp)
  movss %xmm6, 0x28(%rsp)
  movswq %bx, %rbx
  movq %rbx, 0x30(%rsp)
  movsd %xmm4, 0x38(%rsp)
  movl %r10d, 0x40(%rsp)
  movsd %xmm5, 0x48(%rsp)
  movsbq %r11b, %r10
  movq %r10, 0x50(%rsp)
  movss %xmm0, 0x58(%rsp)
  movq %rdx, 0x60(%rsp)
  movsd %xmm2, 0x68(%rsp)
  movq %rdi, 0x70(%rsp)
  movzbq %r9b, %rdx
  movq %rdx, 0x78(%rsp)
  call    *%rax
  movsd %xmm0, 8(%rsi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x80(%rsp), %rbx
  movq 0x88(%rsp), %rsi
  movq 0x90(%rsp), %rdi
  movq 0x98(%rsp), %r12
  movdqu 0xa0(%rsp), %xmm6
  addq $0xb0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 289 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec b0 00 00 00 48 89 9c 24 80
; 0010: 00 00 00 48 89 b4 24 88 00 00 00 48 89 bc 24 90
; 0020: 00 00 00 4c 89 a4 24 98 00 00 00 f3 0f 7f b4 24
; 0030: a0 00 00 00 48 be 00 00 00 00 00 00 00 00 48 8b
; 0040: 06 8b 4e 10 f2 0f 10 4e 18 4c 8b 46 20 f2 0f 10
; 0050: 5e 28 4c 0f b6 66 30 f3 0f 10 76 38 48 0f b7 5e
; 0060: 40 f2 0f 10 66 48 44 8b 56 50 f2 0f 10 6e 58 4c
; 0070: 0f b6 5e 60 f3 0f 10 46 68 48 8b 56 70 f2 0f 10
; 0080: 56 78 48 8b be 80 00 00 00 4c 0f b6 8e 88 00 00
; 0090: 00 4d 0f b6 e4 4c 89 64 24 20 f3 0f 11 74 24 28
; 00a0: 48 0f bf db 48 89 5c 24 30 f2 0f 11 64 24 38 44
; 00b0: 89 54 24 40 f2 0f 11 6c 24 48 4d 0f be d3 4c 89
; 00c0: 54 24 50 f3 0f 11 44 24 58 48 89 54 24 60 f2 0f
; 00d0: 11 54 24 68 48 89 7c 24 70 49 0f b6 d1 48 89 54
; 00e0: 24 78 ff d0 f2 0f 11 46 08 48 33 c0 48 8b 9c 24
; 00f0: 80 00 00 00 48 8b b4 24 88 00 00 00 48 8b bc 24
; 0100: 90 00 00 00 4c 8b a4 24 98 00 00 00 f3 0f 6f b4
; 0110: 24 a0 00 00 00 48 81 c4 b0 00 00 00 48 89 ec 5d
; 0120: c3
