; i32(pointer,i32) errno [v8fast tier]
; u0:0 = jitffi_v8fast_i32(pointer,i32) errno
; u1:0 (userextname0) = jitffi_sync_calls
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  str x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p24i }
  stp x21, x23, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p23i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
block0:
  mov x20, x2
  mov x21, x1
  mov x19, v0.d[0]
  subs xzr, x19, #0
  b.lt label2 ; b label1
block1:
  load_ext_name_far x0, User(userextname1)+0
  blr x0
  mov x0, x21
  mov x1, x20
  blr x19
  mov x24, x0
  load_ext_name_far x0, User(userextname2)+0
  blr x0
  mov x0, x24
  b label3
block2:
  load_ext_name_far x23, User(userextname0)+0
  ldr x0, [x23]
  orr x1, xzr, #4294967297
  add x0, x0, x1
  str x0, [x23]
  load_ext_name_far x0, User(userextname1)+0
  blr x0
  and x2, x19, #9223372036854775807
  mov x0, x21
  mov x1, x20
  blr x2
  mov x24, x0
  load_ext_name_far x0, User(userextname2)+0
  blr x0
  ldr x0, [x23]
  sub x0, x0, #1
  str x0, [x23]
  mov x0, x24
  b label3
block3:
  ldp x19, x20, [sp], #16
  ldp x21, x23, [sp], #16
  ldr x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 232 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f8 0f 1f f8 f5 5f bf a9
; 0010: f3 53 bf a9 f4 03 02 aa f5 03 01 aa 13 3c 08 4e
; 0020: 7f 02 00 f1 2b 02 00 54 40 00 00 58 03 00 00 14
; 0030: 00 00 00 00 00 00 00 00 00 00 3f d6 e0 03 15 aa
; 0040: e1 03 14 aa 60 02 3f d6 f8 03 00 aa 40 00 00 58
; 0050: 03 00 00 14 00 00 00 00 00 00 00 00 00 00 3f d6
; 0060: e0 03 18 aa 1c 00 00 14 57 00 00 58 03 00 00 14
; 0070: 00 00 00 00 00 00 00 00 e0 02 40 f9 e1 03 00 b2
; 0080: 00 00 01 8b e0 02 00 f9 40 00 00 58 03 00 00 14
; 0090: 00 00 00 00 00 00 00 00 00 00 3f d6 62 fa 40 92
; 00a0: e0 03 15 aa e1 03 14 aa 40 00 3f d6 f8 03 00 aa
; 00b0: 40 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00c0: 00 00 3f d6 e0 02 40 f9 00 04 00 d1 e0 02 00 f9
; 00d0: e0 03 18 aa f3 53 c1 a8 f5 5f c1 a8 f8 07 41 f8
; 00e0: fd 7b c1 a8 c0 03 5f d6
