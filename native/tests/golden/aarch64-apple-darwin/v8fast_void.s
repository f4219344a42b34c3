; void() [v8fast tier]
; u0:0 = jitffi_v8fast_void()
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x9, [x19]
  orr x10, xzr, #4294967297
  add x9, x9, x10
  str x9, [x19]
  mov x10, v0.d[0]
  blr x10
  ldr x11, [x19]
  sub x11, x11, #1
  str x11, [x19]
  movz w0, #0
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 80 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 53 00 00 58
; 0010: 03 00 00 14 00 00 00 00 00 00 00 00 69 02 40 f9
; 0020: ea 03 00 b2 29 01 0a 8b 69 02 00 f9 0a 3c 08 4e
; 0030: 40 01 3f d6 6b 02 40 f9 6b 05 00 d1 6b 02 00 f9
; 0040: 00 00 80 52 f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6
