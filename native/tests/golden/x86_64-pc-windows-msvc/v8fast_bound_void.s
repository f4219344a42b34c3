; void() [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_void()
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x30, %rsp
  movq %rsi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
block0:
  movl $0x2000, %r9d
  movzbq (%r9), %r9
  testl %r9d, %r9d
  jnz     label4; j label1
block1:
  movl $0x3000, %r11d
  movzbq (%r11), %r11
  testl %r11d, %r11d
  jnz     label3; j label2
block2:
  movl $0x1000, %eax
  call    *%rax
  movq 0x20(%rsp), %rsi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block3:
  load_ext_name userextname0+0, %rsi
  movabsq $0x100000001, %rax
  addq %rax, (%rsi)
  movl $0x1000, %eax
  call    *%rax
  addq $0xffffffffffffffff, (%rsi)
  movq 0x20(%rsp), %rsi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  movl $0x4000, %eax
  movl $0x5000, %ecx
  call    *%rax
  movq 0x20(%rsp), %rsi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 146 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 41 b9 00
; 0010: 20 00 00 4d 0f b6 09 45 85 c9 0f 85 58 00 00 00
; 0020: 41 bb 00 30 00 00 4d 0f b6 1b 45 85 db 0f 85 15
; 0030: 00 00 00 b8 00 10 00 00 ff d0 48 8b 74 24 20 48
; 0040: 83 c4 30 48 89 ec 5d c3 48 be 00 00 00 00 00 00
; 0050: 00 00 48 b8 01 00 00 00 01 00 00 00 48 01 06 b8
; 0060: 00 10 00 00 ff d0 48 83 06 ff 48 8b 74 24 20 48
; 0070: 83 c4 30 48 89 ec 5d c3 b8 00 40 00 00 b9 00 50
; 0080: 00 00 ff d0 48 8b 74 24 20 48 83 c4 30 48 89 ec
; 0090: 5d c3
