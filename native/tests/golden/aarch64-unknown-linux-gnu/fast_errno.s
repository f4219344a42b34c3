; i32(string,i32) errno [fast tier]
; u0:0 = jitffi_fast_i32(string,i32) errno
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  str x23, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p23i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x21, [x19]
  ldr x22, [x19, #16]
  ldr w23, [x19, #24]
  load_ext_name_far x20, User(userextname1)+0
  ldr x13, [x20]
  orr x14, xzr, #4294967297
  add x13, x13, x14
  str x13, [x20]
  load_ext_name_far x14, User(userextname2)+0
  blr x14
  mov x0, x22
  mov x1, x23
  blr x21
  mov x21, x0
  load_ext_name_far x15, User(userextname3)+0
  blr x15
  mov x0, x21
  str w0, [x19, #8]
  ldr x0, [x20]
  sub x0, x0, #1
  str x0, [x20]
  movz x0, #0
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldr x23, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 180 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f7 0f 1f f8 f5 5b bf a9
; 0010: f3 53 bf a9 53 00 00 58 03 00 00 14 00 00 00 00
; 0020: 00 00 00 00 75 02 40 f9 76 0a 40 f9 77 1a 40 b9
; 0030: 54 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0040: 8d 02 40 f9 ee 03 00 b2 ad 01 0e 8b 8d 02 00 f9
; 0050: 4e 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0060: c0 01 3f d6 e0 03 16 aa e1 03 17 aa a0 02 3f d6
; 0070: f5 03 00 aa 4f 00 00 58 03 00 00 14 00 00 00 00
; 0080: 00 00 00 00 e0 01 3f d6 e0 03 15 aa 60 0a 00 b9
; 0090: 80 02 40 f9 00 04 00 d1 80 02 00 f9 00 00 80 d2
; 00a0: f3 53 c1 a8 f5 5b c1 a8 f7 07 41 f8 fd 7b c1 a8
; 00b0: c0 03 5f d6
