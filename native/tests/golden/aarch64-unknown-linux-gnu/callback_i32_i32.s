; i32(i32,i32) [callback]
; u0:0 = jitffi_callback_i32(i32,i32)
; u0:1 = jitffi_callback_dispatch
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  mov x6, sp
  str x2, [sp]
  str w0, [sp, #16]
  str w1, [sp, #24]
  load_ext_name_far x9, User(userextname0)+0
  mov x0, x6
  blr x9
  ldr w0, [sp, #8]
  add sp, sp, #32
  ldp fp, lr, [sp], #16
  ret
; 68 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 83 00 d1 e6 03 00 91
; 0010: e2 03 00 f8 e0 03 01 b8 e1 83 01 b8 49 00 00 58
; 0020: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 06 aa
; 0030: 20 01 3f d6 e0 83 40 b8 ff 83 00 91 fd 7b c1 a8
; 0040: c0 03 5f d6
