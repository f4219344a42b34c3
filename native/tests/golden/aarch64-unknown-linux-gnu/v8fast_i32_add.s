; i32(i32,i32) [v8fast tier]
; u0:0 = jitffi_v8fast_i32(i32,i32)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x11, [x19]
  orr x12, xzr, #4294967297
  add x11, x11, x12
  str x11, [x19]
  mov x12, v0.d[0]
  mov x0, x1
  mov x1, x2
  blr x12
  ldr x12, [x19]
  sub x12, x12, #1
  str x12, [x19]
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 84 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 53 00 00 58
; 0010: 03 00 00 14 00 00 00 00 00 00 00 00 6b 02 40 f9
; 0020: ec 03 00 b2 6b 01 0c 8b 6b 02 00 f9 0c 3c 08 4e
; 0030: e0 03 01 aa e1 03 02 aa 80 01 3f d6 6c 02 40 f9
; 0040: 8c 05 00 d1 6c 02 00 f9 f3 07 41 f8 fd 7b c1 a8
; 0050: c0 03 5f d6
