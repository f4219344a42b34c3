; i32(i32,i32) [v8fast tier]
; u0:0 = jitffi_v8fast_i32(i32,i32)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  mov x15, v0.d[0]
  subs xzr, x15, #0
  b.lt label2 ; b label1
block1:
  mov x0, x1
  mov x1, x2
  blr x15
  b label3
block2:
  mov x0, x1
  mov x1, x2
  load_ext_name_far x2, User(userextname0)+0
  ldr x3, [x2]
  orr x4, xzr, #4294967297
  add x3, x3, x4
  str x3, [x2]
  and x2, x15, #9223372036854775807
  blr x2
  load_ext_name_far x1, User(userextname0)+0
  ldr x2, [x1]
  sub x2, x2, #1
  str x2, [x1]
  b label3
block3:
  ldp fp, lr, [sp], #16
  ret
; 120 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 0f 3c 08 4e ff 01 00 f1
; 0010: ab 00 00 54 e0 03 01 aa e1 03 02 aa e0 01 3f d6
; 0020: 14 00 00 14 e0 03 01 aa e1 03 02 aa 42 00 00 58
; 0030: 03 00 00 14 00 00 00 00 00 00 00 00 43 00 40 f9
; 0040: e4 03 00 b2 63 00 04 8b 43 00 00 f9 e2 f9 40 92
; 0050: 40 00 3f d6 41 00 00 58 03 00 00 14 00 00 00 00
; 0060: 00 00 00 00 22 00 40 f9 42 04 00 d1 22 00 00 f9
; 0070: fd 7b c1 a8 c0 03 5f d6
