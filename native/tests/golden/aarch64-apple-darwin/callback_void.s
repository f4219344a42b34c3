; void() [callback]
; u0:0 = jitffi_callback_void()
; u0:1 = jitffi_callback_dispatch
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x3, sp
  str x0, [sp]
  load_ext_name_far x4, User(userextname0)+0
  mov x0, x3
  blr x4
  add sp, sp, #16
  ldp fp, lr, [sp], #16
  ret
; 56 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 43 00 d1 e3 03 00 91
; 0010: e0 03 00 f8 44 00 00 58 03 00 00 14 00 00 00 00
; 0020: 00 00 00 00 e0 03 03 aa 80 00 3f d6 ff 43 00 91
; 0030: fd 7b c1 a8 c0 03 5f d6
