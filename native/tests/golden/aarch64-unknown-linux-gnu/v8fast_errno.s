; i32(pointer,i32) errno [v8fast tier]
; u0:0 = jitffi_v8fast_i32(pointer,i32) errno
; u1:0 (userextname0) = jitffi_sync_calls
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  stp x21, x23, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p23i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x20, x2
  mov x21, x1
  str q0, [sp]
  load_ext_name_far x19, User(userextname0)+0
  ldr x13, [x19]
  orr x14, xzr, #4294967297
  add x13, x13, x14
  str x13, [x19]
  load_ext_name_far x14, User(userextname1)+0
  blr x14
  ldr q0, [sp]
  mov x15, v0.d[0]
  mov x0, x21
  mov x1, x20
  blr x15
  mov x23, x0
  load_ext_name_far x15, User(userextname2)+0
  blr x15
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  mov x0, x23
  add sp, sp, #16
  ldp x19, x20, [sp], #16
  ldp x21, x23, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 164 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f5 5f bf a9 f3 53 bf a9
; 0010: ff 43 00 d1 f4 03 02 aa f5 03 01 aa e0 03 80 3c
; 0020: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: 6d 02 40 f9 ee 03 00 b2 ad 01 0e 8b 6d 02 00 f9
; 0040: 4e 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0050: c0 01 3f d6 e0 03 c0 3c 0f 3c 08 4e e0 03 15 aa
; 0060: e1 03 14 aa e0 01 3f d6 f7 03 00 aa 4f 00 00 58
; 0070: 03 00 00 14 00 00 00 00 00 00 00 00 e0 01 3f d6
; 0080: 60 02 40 f9 00 04 00 d1 60 02 00 f9 e0 03 17 aa
; 0090: ff 43 00 91 f3 53 c1 a8 f5 5f c1 a8 fd 7b c1 a8
; 00a0: c0 03 5f d6
