; void() [v8fast tier]
; u0:0 = jitffi_v8fast_void()
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  mov x13, v0.d[0]
  subs xzr, x13, #0
  b.lt label2 ; b label1
block1:
  blr x13
  movz w0, #0
  b label3
block2:
  load_ext_name_far x0, User(userextname0)+0
  ldr x1, [x0]
  orr x2, xzr, #4294967297
  add x1, x1, x2
  str x1, [x0]
  and x0, x13, #9223372036854775807
  blr x0
  load_ext_name_far x0, User(userextname0)+0
  ldr x1, [x0]
  sub x1, x1, #1
  str x1, [x0]
  movz w0, #0
  b label3
block3:
  ldp fp, lr, [sp], #16
  ret
; 112 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 0d 3c 08 4e bf 01 00 f1
; 0010: 8b 00 00 54 a0 01 3f d6 00 00 80 52 13 00 00 14
; 0020: 40 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: 01 00 40 f9 e2 03 00 b2 21 00 02 8b 01 00 00 f9
; 0040: a0 f9 40 92 00 00 3f d6 40 00 00 58 03 00 00 14
; 0050: 00 00 00 00 00 00 00 00 01 00 40 f9 21 04 00 d1
; 0060: 01 00 00 f9 00 00 80 52 fd 7b c1 a8 c0 03 5f d6
