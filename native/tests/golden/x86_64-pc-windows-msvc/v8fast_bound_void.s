; void() [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_void()
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x40, %rsp
  movq %rsi, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
block0:
  movl $0x2000, %r11d
  movzbq (%r11), %r11
  testl %r11d, %r11d
  jnz     label5; j label1
block1:
  jmp     label2
block2:
  movl $0x3000, %eax
  movzbq (%rax), %rax
  testl %eax, %eax
  jnz     label4; j label3
block3:
  movl $0x1000, %eax
  call    *%rax
  movq 0x30(%rsp), %rsi
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  load_ext_name userextname0+0, %rsi
  movabsq $0x100000001, %rax
  addq %rax, (%rsi)
  movl $0x1000, %eax
  call    *%rax
  addq $0xffffffffffffffff, (%rsi)
  movq 0x30(%rsp), %rsi
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block5:
  movl $0x4000, %eax
  movl $0x5000, %ecx
  uninit  %r8
  xorq %r8, %r8
  movq %r8, %rdx
  call    *%rax
  movq 0x30(%rsp), %rsi
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 150 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 40 48 89 74 24 30 41 bb 00
; 0010: 20 00 00 4d 0f b6 1b 45 85 db 0f 85 56 00 00 00
; 0020: b8 00 30 00 00 48 0f b6 00 85 c0 0f 85 15 00 00
; 0030: 00 b8 00 10 00 00 ff d0 48 8b 74 24 30 48 83 c4
; 0040: 40 48 89 ec 5d c3 48 be 00 00 00 00 00 00 00 00
; 0050: 48 b8 01 00 00 00 01 00 00 00 48 01 06 b8 00 10
; 0060: 00 00 ff d0 48 83 06 ff 48 8b 74 24 30 48 83 c4
; 0070: 40 48 89 ec 5d c3 b8 00 40 00 00 b9 00 50 00 00
; 0080: 4d 33 c0 4c 89 c2 ff d0 48 8b 74 24 30 48 83 c4
; 0090: 40 48 89 ec 5d c3
