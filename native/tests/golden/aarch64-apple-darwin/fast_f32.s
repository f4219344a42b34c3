; f32(f32,f32) [fast tier]
; u0:0 = jitffi_fast_f32(f32,f32)
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
  load_ext_name_far x19, User(userextname0)+0
  ldr x11, [x19]
  ldr s0, [x19, #16]
  ldr s1, [x19, #24]
  load_ext_name_far x20, User(userextname1)+0
  ldr x12, [x20]
  orr x13, xzr, #4294967297
  add x12, x12, x13
  str x12, [x20]
  blr x11
  str s0, [x19, #8]
  ldr x13, [x20]
  sub x13, x13, #1
  str x13, [x20]
  movz x0, #0
  ldp x19, x20, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 108 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 53 bf a9 53 00 00 58
; 0010: 03 00 00 14 00 00 00 00 00 00 00 00 6b 02 40 f9
; 0020: 60 12 40 bd 61 1a 40 bd 54 00 00 58 03 00 00 14
; 0030: 00 00 00 00 00 00 00 00 8c 02 40 f9 ed 03 00 b2
; 0040: 8c 01 0d 8b 8c 02 00 f9 60 01 3f d6 60 0a 00 bd
; 0050: 8d 02 40 f9 ad 05 00 d1 8d 02 00 f9 00 00 80 d2
; 0060: f3 53 c1 a8 fd 7b c1 a8 c0 03 5f d6
