; void() [fast tier]
; u0:0 = jitffi_fast_void()
; u1:0 (userextname0) = jitffi_slots
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  load_ext_name_far x2, User(userextname0)+0
  ldr x2, [x2]
  blr x2
  movz x0, #0
  ldp fp, lr, [sp], #16
  ret
; 44 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 42 00 00 58 03 00 00 14
; 0010: 00 00 00 00 00 00 00 00 42 00 40 f9 40 00 3f d6
; 0020: 00 00 80 d2 fd 7b c1 a8 c0 03 5f d6
