; f64(f64,f64) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_f64(f64,f64)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p22i }
block0:
  movz x0, #8192
  ldrb w0, [x0]
  cbnz w0, label4 ; b label1
block1:
  movz x0, #12288
  ldrb w0, [x0]
  cbnz w0, label3 ; b label2
block2:
  movz x0, #4096
  blr x0
  ldr x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block3:
  load_ext_name_far x22, User(userextname0)+0
  ldr x0, [x22]
  orr x1, xzr, #4294967297
  add x0, x0, x1
  str x0, [x22]
  movz x0, #4096
  blr x0
  ldr x0, [x22]
  sub x0, x0, #1
  str x0, [x22]
  ldr x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block4:
  movz x1, #16384
  movz x0, #20480
  blr x1
  movi v0.2s, #0
  ldr x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 148 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f6 0f 1f f8 00 00 84 d2
; 0010: 00 00 40 39 20 03 00 35 00 00 86 d2 00 00 40 39
; 0020: c0 00 00 35 00 00 82 d2 00 00 3f d6 f6 07 41 f8
; 0030: fd 7b c1 a8 c0 03 5f d6 56 00 00 58 03 00 00 14
; 0040: 00 00 00 00 00 00 00 00 c0 02 40 f9 e1 03 00 b2
; 0050: 00 00 01 8b c0 02 00 f9 00 00 82 d2 00 00 3f d6
; 0060: c0 02 40 f9 00 04 00 d1 c0 02 00 f9 f6 07 41 f8
; 0070: fd 7b c1 a8 c0 03 5f d6 01 00 88 d2 00 00 8a d2
; 0080: 20 00 3f d6 00 04 00 0f f6 07 41 f8 fd 7b c1 a8
; 0090: c0 03 5f d6
