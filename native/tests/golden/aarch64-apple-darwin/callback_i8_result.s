; i8(u16,string) [callback]
; u0:0 = jitffi_callback_i8(u16,string)
; u0:1 = jitffi_callback_dispatch
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  mov x7, sp
  str x2, [sp]
  strh w0, [sp, #16]
  str x1, [sp, #24]
  load_ext_name_far x10, User(userextname0)+0
  mov x0, x7
  blr x10
  ldrb w11, [sp, #8]
  sxtb x0, w11
  add sp, sp, #32
  ldp fp, lr, [sp], #16
  ret
; 72 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 83 00 d1 e7 03 00 91
; 0010: e2 03 00 f8 e0 03 01 78 e1 83 01 f8 4a 00 00 58
; 0020: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 07 aa
; 0030: 40 01 3f d6 eb 83 40 38 60 1d 40 93 ff 83 00 91
; 0040: fd 7b c1 a8 c0 03 5f d6
