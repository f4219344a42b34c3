; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [fast tier]
; u0:0 = jitffi_fast_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u1:0 (userextname0) = jitffi_slots
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
  load_ext_name userextname0+0, %r14
  movq (%r14), %rcx
  movq %rcx, <offset:1>+0x50(%rsp)
  movq 0x10(%r14), %rdx
  movq %rdx, <offset:1>+0x48(%rsp)
  movq 0x18(%r14), %r8
  movq %r8, <offset:1>+0x40(%rsp)
  movq 0x20(%r14), %r9
  movq %r9, <offset:1>+0x38(%rsp)
  movq 0x28(%r14), %rdi
  movq %rdi, <offset:1>+0x30(%rsp)
  movq 0x30(%r14), %rdi
  movq 0x38(%r14), %r10
  movq 0x40(%r14), %r11
  movq 0x48(%r14), %rbx
  movzbq 0x50(%r14), %r12
  movzbq 0x58(%r14), %r9
  movzwq 0x60(%r14), %r8
  movzwq 0x68(%r14), %rdx
  movzbq 0x70(%r14), %rcx
  movzbq 0x78(%r14), %rsi
  movzbq 0x80(%r14), %r15
  movzbq 0x88(%r14), %rax
  movzbq 0x90(%r14), %r13
  movq %r13, <offset:1>+0x28(%rsp)
  movzbq 0x98(%r14), %r13
  movq %r13, <offset:1>+0x20(%rsp)
  movzbq 0xa0(%r14), %r13
  movq %r13, <offset:1>+0x18(%rsp)
  movzbq 0xa8(%r14), %r13
  movq %r13, <offset:1>+0x10(%rsp)
  movzbq 0xb0(%r14), %r13
  movq %r13, <offset:1>+8(%rsp)
  movzbq 0xb8(%r14), %r13
  movq %r13, <offset:1>+(%rsp)
  movq %rdi, 0x20(%rsp)
  movq %r10, 0x28(%rsp)
  movq %r11, 0x30(%rsp)
  movq %rbx, 0x38(%rsp)
  movsbq %r12b, %rdi
  movq %rdi, 0x40(%rsp)
  movzbq %r9b, %rdi
  movq %rdi, 0x48(%rsp)
  movswq %r8w, %rdi
  movq %rdi, 0x50(%rsp)
  movzwq %dx, %rdx
  movq %rdx, 0x58(%rsp)
  movzbq %cl, %rcx
  movq %rcx, 0x60(%rsp)
  movsbq %sil, %rcx
  movq %rcx, 0x68(%rsp)
  movzbq %r15b, %rcx
  movq %rcx, 0x70(%rsp)
  movzbq %al, %rcx
  movq %rcx, 0x78(%rsp)
  movq <offset:1>+0x28(%rsp), %rax
  movzbq %al, %rcx
  movq %rcx, 0x80(%rsp)
  movq <offset:1>+0x20(%rsp), %r13
  movzbq %r13b, %rcx
  movq %rcx, 0x88(%rsp)
  movq <offset:1>+0x18(%rsp), %r12
  movzbq %r12b, %rcx
  movq %rcx, 0x90(%rsp)
  movq <offset:1>+0x10(%rsp), %rbx
  movzbq %bl, %rcx
  movq %rcx, 0x98(%rsp)
  movq <offset:1>+8(%rsp), %r11
  movzbq %r11b, %rsi
  movq %rsi, 0xa0(%rsp)
  movq <offset:1>+(%rsp), %r10
  movzbq %r10b, %rdi
  movq %rdi, 0xa8(%rsp)
  movq <offset:1>+0x50(%rsp), %rax
  movq <offset:1>+0x48(%rsp), %rcx
  movq <offset:1>+0x40(%rsp), %rdx
  movq <offset:1>+0x38(%rsp), %r8
  movq <offset:1>+0x30(%rsp), %r9
  call    *%rax
  movw %ax, 8(%r14)
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
; 624 bytes of machine code
; 0000: 55 48 89 e5 48 81 ec 50 01 00 00 48 89 9c 24 10
; 0010: 01 00 00 48 89 b4 24 18 01 00 00 48 89 bc 24 20
; 0020: 01 00 00 4c 89 a4 24 28 01 00 00 4c 89 ac 24 30
; 0030: 01 00 00 4c 89 b4 24 38 01 00 00 4c 89 bc 24 40
; 0040: 01 00 00 49 be 00 00 00 00 00 00 00 00 49 8b 0e
; 0050: 48 89 8c 24 00 01 00 00 49 8b 56 10 48 89 94 24
; 0060: f8 00 00 00 4d 8b 46 18 4c 89 84 24 f0 00 00 00
; 0070: 4d 8b 4e 20 4c 89 8c 24 e8 00 00 00 49 8b 7e 28
; 0080: 48 89 bc 24 e0 00 00 00 49 8b 7e 30 4d 8b 56 38
; 0090: 4d 8b 5e 40 49 8b 5e 48 4d 0f b6 66 50 4d 0f b6
; 00a0: 4e 58 4d 0f b7 46 60 49 0f b7 56 68 49 0f b6 4e
; 00b0: 70 49 0f b6 76 78 4d 0f b6 be 80 00 00 00 49 0f
; 00c0: b6 86 88 00 00 00 4d 0f b6 ae 90 00 00 00 4c 89
; 00d0: ac 24 d8 00 00 00 4d 0f b6 ae 98 00 00 00 4c 89
; 00e0: ac 24 d0 00 00 00 4d 0f b6 ae a0 00 00 00 4c 89
; 00f0: ac 24 c8 00 00 00 4d 0f b6 ae a8 00 00 00 4c 89
; 0100: ac 24 c0 00 00 00 4d 0f b6 ae b0 00 00 00 4c 89
; 0110: ac 24 b8 00 00 00 4d 0f b6 ae b8 00 00 00 4c 89
; 0120: ac 24 b0 00 00 00 48 89 7c 24 20 4c 89 54 24 28
; 0130: 4c 89 5c 24 30 48 89 5c 24 38 49 0f be fc 48 89
; 0140: 7c 24 40 49 0f b6 f9 48 89 7c 24 48 49 0f bf f8
; 0150: 48 89 7c 24 50 48 0f b7 d2 48 89 54 24 58 48 0f
; 0160: b6 c9 48 89 4c 24 60 48 0f be ce 48 89 4c 24 68
; 0170: 49 0f b6 cf 48 89 4c 24 70 48 0f b6 c8 48 89 4c
; 0180: 24 78 48 8b 84 24 d8 00 00 00 48 0f b6 c8 48 89
; 0190: 8c 24 80 00 00 00 4c 8b ac 24 d0 00 00 00 49 0f
; 01a0: b6 cd 48 89 8c 24 88 00 00 00 4c 8b a4 24 c8 00
; 01b0: 00 00 49 0f b6 cc 48 89 8c 24 90 00 00 00 48 8b
; 01c0: 9c 24 c0 00 00 00 48 0f b6 cb 48 89 8c 24 98 00
; 01d0: 00 00 4c 8b 9c 24 b8 00 00 00 49 0f b6 f3 48 89
; 01e0: b4 24 a0 00 00 00 4c 8b 94 24 b0 00 00 00 49 0f
; 01f0: b6 fa 48 89 bc 24 a8 00 00 00 48 8b 84 24 00 01
; 0200: 00 00 48 8b 8c 24 f8 00 00 00 48 8b 94 24 f0 00
; 0210: 00 00 4c 8b 84 24 e8 00 00 00 4c 8b 8c 24 e0 00
; 0220: 00 00 ff d0 66 41 89 46 08 48 33 c0 48 8b 9c 24
; 0230: 10 01 00 00 48 8b b4 24 18 01 00 00 48 8b bc 24
; 0240: 20 01 00 00 4c 8b a4 24 28 01 00 00 4c 8b ac 24
; 0250: 30 01 00 00 4c 8b b4 24 38 01 00 00 4c 8b bc 24
; 0260: 40 01 00 00 48 81 c4 50 01 00 00 48 89 ec 5d c3
