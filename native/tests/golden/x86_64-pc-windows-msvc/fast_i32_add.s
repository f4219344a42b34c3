; i32(i32,i32) [fast tier]
; u0:0 = jitffi_fast_i32(i32,i32)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x30, %rsp
  movq %rsi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p6i }
  movq %rdi, 0x28(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p7i }
block0:
  load_ext_name userextname0+0, %rdi
  movq (%rdi), %r8
  movl 0x10(%rdi), %ecx
  movl 0x18(%rdi), %edx
  load_ext_name userextname1+0, %rsi
  movabsq $0x100000001, %r9
  addq %r9, (%rsi)
  call    *%r8
  movl %eax, 8(%rdi)
  addq $0xffffffffffffffff, (%rsi)
  uninit  %rax
  xorq %rax, %rax
  movq 0x20(%rsp), %rsi
  movq 0x28(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 92 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 74 24 20 48 89 7c
; 0010: 24 28 48 bf 00 00 00 00 00 00 00 00 4c 8b 07 8b
; 0020: 4f 10 8b 57 18 48 be 00 00 00 00 00 00 00 00 49
; 0030: b9 01 00 00 00 01 00 00 00 4c 01 0e 41 ff d0 89
; 0040: 47 08 48 83 06 ff 48 33 c0 48 8b 74 24 20 48 8b
; 0050: 7c 24 28 48 83 c4 30 48 89 ec 5d c3
