; i32(i32,i32) [fast tier]
; u0:0 = jitffi_fast_i32(i32,i32)
; u1:0 (userextname0) = jitffi_slots
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x5, [x19]
  ldr w0, [x19, #16]
  ldr w1, [x19, #24]
  blr x5
  str w0, [x19, #8]
  movz x0, #0
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 64 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 53 00 00 58
; 0010: 03 00 00 14 00 00 00 00 00 00 00 00 65 02 40 f9
; 0020: 60 12 40 b9 61 1a 40 b9 a0 00 3f d6 60 0a 00 b9
; 0030: 00 00 80 d2 f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6
