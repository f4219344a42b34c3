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
  mov x3, x1
  mov x14, v0.d[0]
  subs xzr, x14, #0
  b.lt label2 ; b label1
block1:
  mov x0, x3
  mov x1, x2
  blr x14
  b label3
block2:
  mov x1, x2
  load_ext_name_far x19, User(userextname0)+0
  ldr x0, [x19]
  orr x2, xzr, #4294967297
  add x0, x0, x2
  str x0, [x19]
  and x2, x14, #9223372036854775807
  mov x0, x3
  blr x2
  mov x1, x0
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  mov x0, x1
  b label3
block3:
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 124 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 e3 03 01 aa
; 0010: 0e 3c 08 4e df 01 00 f1 ab 00 00 54 e0 03 03 aa
; 0020: e1 03 02 aa c0 01 3f d6 12 00 00 14 e1 03 02 aa
; 0030: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0040: 60 02 40 f9 e2 03 00 b2 00 00 02 8b 60 02 00 f9
; 0050: c2 f9 40 92 e0 03 03 aa 40 00 3f d6 e1 03 00 aa
; 0060: 60 02 40 f9 00 04 00 d1 60 02 00 f9 e0 03 01 aa
; 0070: f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6
