; i32(i32,i32) [v8fast tier]
; u0:0 = jitffi_v8fast_i32(i32,i32)
; u1:0 (userextname0) = jitffi_sync_calls
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  subq $0x30, %rsp
  movq %rdi, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p7i }
block0:
  load_ext_name userextname0+0, %rdi
  movabsq $0x100000001, %r10
  addq %r10, (%rdi)
  movq %xmm1, %r10
  movq %r8, %rcx
  movq %r9, %rdx
  call    *%r10
  addq $0xffffffffffffffff, (%rdi)
  movq 0x20(%rsp), %rdi
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
; 68 bytes of machine code
; 0000: 55 48 89 e5 48 83 ec 30 48 89 7c 24 20 48 bf 00
; 0010: 00 00 00 00 00 00 00 49 ba 01 00 00 00 01 00 00
; 0020: 00 4c 01 17 66 49 0f 7e ca 4c 89 c1 4c 89 ca 41
; 0030: ff d2 48 83 07 ff 48 8b 7c 24 20 48 83 c4 30 48
; 0040: 89 ec 5d c3
