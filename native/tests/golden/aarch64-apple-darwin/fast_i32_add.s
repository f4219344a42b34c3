; i32(i32,i32) [fast tier]
; u0:0 = jitffi_fast_i32(i32,i32)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
block0:
  load_ext_name_far x20, User(userextname0)+0
  ldr x11, [x20]
  ldr w12, [x20, #16]
  ldr w1, [x20, #24]
  load_ext_name_far x19, User(userextname1)+0
  ldr x13, [x19]
  orr x14, xzr, #4294967297
  add x13, x13, x14
  str x13, [x19]
  mov x0, x12
  blr x11
  str w0, [x20, #8]
  ldr x13, [x19]
  sub x13, x13, #1
  str x13, [x19]
  movz x0, #0
  ldp x19, x20, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 112 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 53 bf a9 54 00 00 58
; 0010: 03 00 00 14 00 00 00 00 00 00 00 00 8b 02 40 f9
; 0020: 8c 12 40 b9 81 1a 40 b9 53 00 00 58 03 00 00 14
; 0030: 00 00 00 00 00 00 00 00 6d 02 40 f9 ee 03 00 b2
; 0040: ad 01 0e 8b 6d 02 00 f9 e0 03 0c aa 60 01 3f d6
; 0050: 80 0a 00 b9 6d 02 40 f9 ad 05 00 d1 6d 02 00 f9
; 0060: 00 00 80 d2 f3 53 c1 a8 fd 7b c1 a8 c0 03 5f d6
