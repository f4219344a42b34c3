; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [callback]
; u0:0 = jitffi_callback_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u0:1 = jitffi_callback_dispatch
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  subq $0x180, %rsp
  movq %rbx, 0x140(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x148(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x150(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x158(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0x160(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0x168(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
  movq %r15, 0x170(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p15i }
block0:
  movq %r9, <offset:1>+0xc0(%rsp)
  movq <offset:0>+-0xa0(%rbp), %rsi
  movq %rsi, <offset:1>+0xc8(%rsp)
  movq <offset:0>+-0x98(%rbp), %rdi
  movq %rdi, <offset:1>+0xd0(%rsp)
  movq <offset:0>+-0x90(%rbp), %r9
  movq %r9, <offset:1>+0xd8(%rsp)
  movq <offset:0>+-0x88(%rbp), %r11
  movq %r11, <offset:1>+0xe0(%rsp)
  movq <offset:0>+-0x80(%rbp), %rax
  movq %rax, <offset:1>+0xe8(%rsp)
  movq <offset:0>+-0x78(%rbp), %r15
  movq <offset:0>+-0x70(%rbp), %r14
  movq <offset:0>+-0x68(%rbp), %r13
  movq <offset:0>+-0x60(%rbp), %r12
  movq <offset:0>+-0x58(%rbp), %rbx
  movq <offset:0>+-0x50(%rbp), %r11
  movq <offset:0>+-0x48(%rbp), %r10
  movq <offset:0>+-0x40(%rbp), %r9
  movq <offset:0>+-0x38(%rbp), %rax
  movq %rax, <offset:1>+0xf0(%rsp)
  movq <offset:0>+-0x30(%rbp), %rdi
  movq <offset:0>+-0x28(%rbp), %rax
  movq %rax, <offset:1>+0xf8(%rsp)
  movq <offset:0>+-0x20(%rbp), %rax
  movq %rax, <offset:1>+0x100(%rsp)
  movq <offset:0>+-0x18(%rbp), %rsi
  movq %rsi, <offset:1>+0x108(%rsp)
  movq <offset:0>+-0x10(%rbp), %rax
  leaq <offset:1>+(%rsp), %rsi
  movq %rsi, <offset:1>+0x110(%rsp)
  movq %rax, <offset:1>+(%rsp)
  movq %rcx, <offset:1>+0x10(%rsp)
  movq %rdx, <offset:1>+0x18(%rsp)
  movq %r8, <offset:1>+0x20(%rsp)
  movq <offset:1>+0xc0(%rsp), %rax
  movq %rax, <offset:1>+0x28(%rsp)
  movq <offset:1>+0xc8(%rsp), %rsi
  movq %rsi, <offset:1>+0x30(%rsp)
  movq <offset:1>+0xd0(%rsp), %rax
  movq %rax, <offset:1>+0x38(%rsp)
  movq <offset:1>+0xd8(%rsp), %rax
  movq %rax, <offset:1>+0x40(%rsp)
  movq <offset:1>+0xe0(%rsp), %rax
  movq %rax, <offset:1>+0x48(%rsp)
  movq <offset:1>+0xe8(%rsp), %rax
  movb %al, <offset:1>+0x50(%rsp)
  movb %r15b, <offset:1>+0x58(%rsp)
  movw %r14w, <offset:1>+0x60(%rsp)
  movw %r13w, <offset:1>+0x68(%rsp)
  movb %r12b, <offset:1>+0x70(%rsp)
  movb %bl, <offset:1>+0x78(%rsp)
  movb %r11b, <offset:1>+0x80(%rsp)
  movb %r10b, <offset:1>+0x88(%rsp)
  movb %r9b, <offset:1>+0x90(%rsp)
  movq <offset:1>+0xf0(%rsp), %rax
  movb %al, <offset:1>+0x98(%rsp)
  movb %dil, <offset:1>+0xa0(%rsp)
  movq <offset:1>+0xf8(%rsp), %rdi
  movb %dil, <offset:1>+0xa8(%rsp)
  movq <offset:1>+0x100(%rsp), %rax
  movb %al, <offset:1>+0xb0(%rsp)
  movq <offset:1>+0x108(%rsp), %rsi
  movb %sil, <offset:1>+0xb8(%rsp)
  load_ext_name userextname0+0, %rsi
  movq <offset:1>+0x110(%rsp), %rcx
  call    *%rsi
  movzwq <offset:1>+8(%rsp), %rdi
  movswq %di, %rax
  movq 0x140(%rsp), %rbx
  movq 0x148(%rsp), %rsi
  movq 0x150(%rsp), %rdi
  movq 0x158(%rsp), %r12
  movq 0x160(%rsp), %r13
  movq 0x168(%rsp), %r14
  movq 0x170(%rsp), %r15
  addq $0x180, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 590 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec 80 01 00 00 48 89 9c 24 40
; 0010: 01 00 00 48 89 b4 24 48 01 00 00 48 89 bc 24 50
; 0020: 01 00 00 4c 89 a4 24 58 01 00 00 4c 89 ac 24 60
; 0030: 01 00 00 4c 89 b4 24 68 01 00 00 4c 89 bc 24 70
; 0040: 01 00 00 4c 89 8c 24 e0 00 00 00 48 8b 75 30 48
; 0050: 89 b4 24 e8 00 00 00 48 8b 7d 38 48 89 bc 24 f0
; 0060: 00 00 00 4c 8b 4d 40 4c 89 8c 24 f8 00 00 00 4c
; 0070: 8b 5d 48 4c 89 9c 24 00 01 00 00 48 8b 45 50 48
; 0080: 89 84 24 08 01 00 00 4c 8b 7d 58 4c 8b 75 60 4c
; 0090: 8b 6d 68 4c 8b 65 70 48 8b 5d 78 4c 8b 9d 80 00
; 00a0: 00 00 4c 8b 95 88 00 00 00 4c 8b 8d 90 00 00 00
; 00b0: 48 8b 85 98 00 00 00 48 89 84 24 10 01 00 00 48
; 00c0: 8b bd a0 00 00 00 48 8b 85 a8 00 00 00 48 89 84
; 00d0: 24 18 01 00 00 48 8b 85 b0 00 00 00 48 89 84 24
; 00e0: 20 01 00 00 48 8b b5 b8 00 00 00 48 89 b4 24 28
; 00f0: 01 00 00 48 8b 85 c0 00 00 00 48 8d 74 24 20 48
; 0100: 89 b4 24 30 01 00 00 48 89 44 24 20 48 89 4c 24
; 0110: 30 48 89 54 24 38 4c 89 44 24 40 48 8b 84 24 e0
; 0120: 00 00 00 48 89 44 24 48 48 8b b4 24 e8 00 00 00
; 0130: 48 89 74 24 50 48 8b 84 24 f0 00 00 00 48 89 44
; 0140: 24 58 48 8b 84 24 f8 00 00 00 48 89 44 24 60 48
; 0150: 8b 84 24 00 01 00 00 48 89 44 24 68 48 8b 84 24
; 0160: 08 01 00 00 88 44 24 70 44 88 7c 24 78 66 44 89
; 0170: b4 24 80 00 00 00 66 44 89 ac 24 88 00 00 00 44
; 0180: 88 a4 24 90 00 00 00 88 9c 24 98 00 00 00 44 88
; 0190: 9c 24 a0 00 00 00 44 88 94 24 a8 00 00 00 44 88
; 01a0: 8c 24 b0 00 00 00 48 8b 84 24 10 01 00 00 88 84
; 01b0: 24 b8 00 00 00 40 88 bc 24 c0 00 00 00 48 8b bc
; 01c0: 24 18 01 00 00 40 88 bc 24 c8 00 00 00 48 8b 84
; 01d0: 24 20 01 00 00 88 84 24 d0 00 00 00 48 8b b4 24
; 01e0: 28 01 00 00 40 88 b4 24 d8 00 00 00 48 be 00 00
; 01f0: 00 00 00 00 00 00 48 8b 8c 24 30 01 00 00 ff d6
; 0200: 48 0f b7 7c 24 28 48 0f bf c7 48 8b 9c 24 40 01
; 0210: 00 00 48 8b b4 24 48 01 00 00 48 8b bc 24 50 01
; 0220: 00 00 4c 8b a4 24 58 01 00 00 4c 8b ac 24 60 01
; 0230: 00 00 4c 8b b4 24 68 01 00 00 4c 8b bc 24 70 01
; 0240: 00 00 48 81 c4 80 01 00 00 48 89 ec 5d c3
