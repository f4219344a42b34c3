; i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [fast tier]
; u0:0 = jitffi_fast_i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u1:0 (userextname0) = jitffi_slots
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  subq $0xe0, %rsp
  movq %rbx, 0xa0(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0xa8(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0xb0(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0xb8(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0xc0(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0xc8(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
  movq %r15, 0xd0(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p15i }
block0:
  load_ext_name userextname0+0, %rdi
  movq (%rdi), %rsi
  movq %rsi, <offset:1>+0x10(%rsp)
  movzbq 0x10(%rdi), %rcx
  movzbq 0x18(%rdi), %rdx
  movzbq 0x20(%rdi), %r14
  movzbq 0x28(%rdi), %r15
  movzwq 0x30(%rdi), %rbx
  movzwq 0x38(%rdi), %r12
  movl 0x40(%rdi), %r13d
  movl 0x48(%rdi), %esi
  movq 0x50(%rdi), %rax
  movq 0x58(%rdi), %r8
  movq %r8, <offset:1>+8(%rsp)
  movss 0x60(%rdi), %xmm0
  movsd 0x68(%rdi), %xmm1
  movq 0x70(%rdi), %r8
  movq %r8, <offset:1>+(%rsp)
  movq 0x78(%rdi), %r10
  movq 0x80(%rdi), %r11
  movsbq %cl, %rcx
  movzbq %dl, %rdx
  movzbq %r14b, %r8
  movsbq %r15b, %r9
  movswq %bx, %rbx
  movq %rbx, 0x20(%rsp)
  movzwq %r12w, %rbx
  movq %rbx, 0x28(%rsp)
  movl %r13d, 0x30(%rsp)
  movl %esi, 0x38(%rsp)
  movq %rax, 0x40(%rsp)
  movq <offset:1>+8(%rsp), %rsi
  movq %rsi, 0x48(%rsp)
  movss %xmm0, 0x50(%rsp)
  movsd %xmm1, 0x58(%rsp)
  movq <offset:1>+(%rsp), %rsi
  movq %rsi, 0x60(%rsp)
  movq %r10, 0x68(%rsp)
  movq %r11, 0x70(%rsp)
  movq <offset:1>+0x10(%rsp), %rsi
  call    *%rsi
  movb %al, 8(%rdi)
  uninit  %rax
  xorq %rax, %rax
  movq 0xa0(%rsp), %rbx
  movq 0xa8(%rsp), %rsi
  movq 0xb0(%rsp), %rdi
  movq 0xb8(%rsp), %r12
  movq 0xc0(%rsp), %r13
  movq 0xc8(%rsp), %r14
  movq 0xd0(%rsp), %r15
  addq $0xe0, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 354 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec e0 00 00 00 48 89 9c 24 a0
; 0010: 00 00 00 48 89 b4 24 a8 00 00 00 48 89 bc 24 b0
; 0020: 00 00 00 4c 89 a4 24 b8 00 00 00 4c 89 ac 24 c0
; 0030: 00 00 00 4c 89 b4 24 c8 00 00 00 4c 89 bc 24 d0
; 0040: 00 00 00 48 bf 00 00 00 00 00 00 00 00 48 8b 37
; 0050: 48 89 b4 24 90 00 00 00 48 0f b6 4f 10 48 0f b6
; 0060: 57 18 4c 0f b6 77 20 4c 0f b6 7f 28 48 0f b7 5f
; 0070: 30 4c 0f b7 67 38 44 8b 6f 40 8b 77 48 48 8b 47
; 0080: 50 4c 8b 47 58 4c 89 84 24 88 00 00 00 f3 0f 10
; 0090: 47 60 f2 0f 10 4f 68 4c 8b 47 70 4c 89 84 24 80
; 00a0: 00 00 00 4c 8b 57 78 4c 8b 9f 80 00 00 00 48 0f
; 00b0: be c9 48 0f b6 d2 4d 0f b6 c6 4d 0f be cf 48 0f
; 00c0: bf db 48 89 5c 24 20 49 0f b7 dc 48 89 5c 24 28
; 00d0: 44 89 6c 24 30 89 74 24 38 48 89 44 24 40 48 8b
; 00e0: b4 24 88 00 00 00 48 89 74 24 48 f3 0f 11 44 24
; 00f0: 50 f2 0f 11 4c 24 58 48 8b b4 24 80 00 00 00 48
; 0100: 89 74 24 60 4c 89 54 24 68 4c 89 5c 24 70 48 8b
; 0110: b4 24 90 00 00 00 ff d6 88 47 08 48 33 c0 48 8b
; 0120: 9c 24 a0 00 00 00 48 8b b4 24 a8 00 00 00 48 8b
; 0130: bc 24 b0 00 00 00 4c 8b a4 24 b8 00 00 00 4c 8b
; 0140: ac 24 c0 00 00 00 4c 8b b4 24 c8 00 00 00 4c 8b
; 0150: bc 24 d0 00 00 00 48 81 c4 e0 00 00 00 48 89 ec
; 0160: 5d c3
