; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [fast tier]
; u0:0 = jitffi_fast_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  subq $0x150, %rsp
  movq %rbx, 0x110(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %rsi, 0x118(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p6i }
  movq %rdi, 0x120(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p7i }
  movq %r12, 0x128(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p12i }
  movq %r13, 0x130(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p13i }
  movq %r14, 0x138(%rsp)
  unwind SaveReg { clobber_offset: 40, reg: p14i }
  movq %r15, 0x140(%rsp)
  unwind SaveReg { clobber_offset: 48, reg: p15i }
block0:
  load_ext_name userextname0+0, %rbx
  movq (%rbx), %rcx
  movq %rcx, <offset:1>+0x58(%rsp)
  movq 0x10(%rbx), %rdx
  movq %rdx, <offset:1>+0x50(%rsp)
  movq 0x18(%rbx), %r8
  movq %r8, <offset:1>+0x48(%rsp)
  movq 0x20(%rbx), %r9
  movq %r9, <offset:1>+0x40(%rsp)
  movq 0x28(%rbx), %r10
  movq %r10, <offset:1>+0x38(%rsp)
  movq 0x30(%rbx), %r11
  movq 0x38(%rbx), %rax
  movq 0x40(%rbx), %r12
  movq 0x48(%rbx), %r13
  movzbq 0x50(%rbx), %r14
  movzbq 0x58(%rbx), %r10
  movzwq 0x60(%rbx), %r9
  movzwq 0x68(%rbx), %r8
  movzbq 0x70(%rbx), %rdx
  movzbq 0x78(%rbx), %rcx
  movzbq 0x80(%rbx), %rsi
  movzbq 0x88(%rbx), %rdi
  movq %rdi, <offset:1>+0x30(%rsp)
  movzbq 0x90(%rbx), %rdi
  movq %rdi, <offset:1>+0x28(%rsp)
  movzbq 0x98(%rbx), %rdi
  movq %rdi, <offset:1>+0x20(%rsp)
  movzbq 0xa0(%rbx), %rdi
  movq %rdi, <offset:1>+0x18(%rsp)
  movzbq 0xa8(%rbx), %rdi
  movq %rdi, <offset:1>+0x10(%rsp)
  movzbq 0xb0(%rbx), %rdi
  movq %rdi, <offset:1>+8(%rsp)
  movzbq 0xb8(%rbx), %rdi
  movq %rdi, <offset:1>+(%rsp)
  load_ext_name userextname1+0, %rdi
  movabsq $0x100000001, %r15
  addq %r15, (%rdi)
  movq %r11, 0x20(%rsp)
  movq %rax, 0x28(%rsp)
  movq %r12, 0x30(%rsp)
  movq %r13, 0x38(%rsp)
  movsbq %r14b, %r11
  movq %r11, 0x40(%rsp)
  movzbq %r10b, %r10
  movq %r10, 0x48(%rsp)
  movswq %r9w, %r9
  movq %r9, 0x50(%rsp)
  movzwq %r8w, %r8
  movq %r8, 0x58(%rsp)
  movzbq %dl, %rdx
  movq %rdx, 0x60(%rsp)
  movsbq %cl, %rcx
  movq %rcx, 0x68(%rsp)
  movzbq %sil, %rcx
  movq %rcx, 0x70(%rsp)
  movq <offset:1>+0x30(%rsp), %rsi
  movzbq %sil, %rcx
  movq %rcx, 0x78(%rsp)
  movq <offset:1>+0x28(%rsp), %r15
  movzbq %r15b, %rcx
  movq %rcx, 0x80(%rsp)
  movq <offset:1>+0x20(%rsp), %r14
  movzbq %r14b, %rcx
  movq %rcx, 0x88(%rsp)
  movq <offset:1>+0x18(%rsp), %r13
  movzbq %r13b, %rcx
  movq %rcx, 0x90(%rsp)
  movq <offset:1>+0x10(%rsp), %r12
  movzbq %r12b, %rsi
  movq %rsi, 0x98(%rsp)
  movq <offset:1>+8(%rsp), %rax
  movzbq %al, %r8
  movq %r8, 0xa0(%rsp)
  movq <offset:1>+(%rsp), %r11
  movzbq %r11b, %r10
  movq %r10, 0xa8(%rsp)
  movq <offset:1>+0x58(%rsp), %rax
  movq <offset:1>+0x50(%rsp), %rcx
  movq <offset:1>+0x48(%rsp), %rdx
  movq <offset:1>+0x40(%rsp), %r8
  movq <offset:1>+0x38(%rsp), %r9
  call    *%rax
  movw %ax, 8(%rbx)
  addq $0xffffffffffffffff, (%rdi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x110(%rsp), %rbx
  movq 0x118(%rsp), %rsi
  movq 0x120(%rsp), %rdi
  movq 0x128(%rsp), %r12
  movq 0x130(%rsp), %r13
  movq 0x138(%rsp), %r14
  movq 0x140(%rsp), %r15
  addq $0x150, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 666 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec 50 01 00 00 48 89 9c 24 10
; 0010: 01 00 00 48 89 b4 24 18 01 00 00 48 89 bc 24 20
; 0020: 01 00 00 4c 89 a4 24 28 01 00 00 4c 89 ac 24 30
; 0030: 01 00 00 4c 89 b4 24 38 01 00 00 4c 89 bc 24 40
; 0040: 01 00 00 48 bb 00 00 00 00 00 00 00 00 48 8b 0b
; 0050: 48 89 8c 24 08 01 00 00 48 8b 53 10 48 89 94 24
; 0060: 00 01 00 00 4c 8b 43 18 4c 89 84 24 f8 00 00 00
; 0070: 4c 8b 4b 20 4c 89 8c 24 f0 00 00 00 4c 8b 53 28
; 0080: 4c 89 94 24 e8 00 00 00 4c 8b 5b 30 48 8b 43 38
; 0090: 4c 8b 63 40 4c 8b 6b 48 4c 0f b6 73 50 4c 0f b6
; 00a0: 53 58 4c 0f b7 4b 60 4c 0f b7 43 68 48 0f b6 53
; 00b0: 70 48 0f b6 4b 78 48 0f b6 b3 80 00 00 00 48 0f
; 00c0: b6 bb 88 00 00 00 48 89 bc 24 e0 00 00 00 48 0f
; 00d0: b6 bb 90 00 00 00 48 89 bc 24 d8 00 00 00 48 0f
; 00e0: b6 bb 98 00 00 00 48 89 bc 24 d0 00 00 00 48 0f
; 00f0: b6 bb a0 00 00 00 48 89 bc 24 c8 00 00 00 48 0f
; 0100: b6 bb a8 00 00 00 48 89 bc 24 c0 00 00 00 48 0f
; 0110: b6 bb b0 00 00 00 48 89 bc 24 b8 00 00 00 48 0f
; 0120: b6 bb b8 00 00 00 48 89 bc 24 b0 00 00 00 48 bf
; 0130: 00 00 00 00 00 00 00 00 49 bf 01 00 00 00 01 00
; 0140: 00 00 4c 01 3f 4c 89 5c 24 20 48 89 44 24 28 4c
; 0150: 89 64 24 30 4c 89 6c 24 38 4d 0f be de 4c 89 5c
; 0160: 24 40 4d 0f b6 d2 4c 89 54 24 48 4d 0f bf c9 4c
; 0170: 89 4c 24 50 4d 0f b7 c0 4c 89 44 24 58 48 0f b6
; 0180: d2 48 89 54 24 60 48 0f be c9 48 89 4c 24 68 48
; 0190: 0f b6 ce 48 89 4c 24 70 48 8b b4 24 e0 00 00 00
; 01a0: 48 0f b6 ce 48 89 4c 24 78 4c 8b bc 24 d8 00 00
; 01b0: 00 49 0f b6 cf 48 89 8c 24 80 00 00 00 4c 8b b4
; 01c0: 24 d0 00 00 00 49 0f b6 ce 48 89 8c 24 88 00 00
; 01d0: 00 4c 8b ac 24 c8 00 00 00 49 0f b6 cd 48 89 8c
; 01e0: 24 90 00 00 00 4c 8b a4 24 c0 00 00 00 49 0f b6
; 01f0: f4 48 89 b4 24 98 00 00 00 48 8b 84 24 b8 00 00
; 0200: 00 4c 0f b6 c0 4c 89 84 24 a0 00 00 00 4c 8b 9c
; 0210: 24 b0 00 00 00 4d 0f b6 d3 4c 89 94 24 a8 00 00
; 0220: 00 48 8b 84 24 08 01 00 00 48 8b 8c 24 00 01 00
; 0230: 00 48 8b 94 24 f8 00 00 00 4c 8b 84 24 f0 00 00
; 0240: 00 4c 8b 8c 24 e8 00 00 00 ff d0 66 89 43 08 48
; 0250: 83 07 ff 48 33 c0 48 8b 9c 24 10 01 00 00 48 8b
; 0260: b4 24 18 01 00 00 48 8b bc 24 20 01 00 00 4c 8b
; 0270: a4 24 28 01 00 00 4c 8b ac 24 30 01 00 00 4c 8b
; 0280: b4 24 38 01 00 00 4c 8b bc 24 40 01 00 00 48 81
; 0290: c4 50 01 00 00 48 89 ec 5d c3
