; f64(f64,f64) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_f64(f64,f64)
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p24i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  movz x0, #8192
  ldrb w0, [x0]
  cbnz w0, label5 ; b label1
block1:
  b label2
block2:
  movz x0, #12288
  ldrb w0, [x0]
  cbnz w0, label4 ; b label3
block3:
  movz x0, #4096
  blr x0
  add sp, sp, #16
  ldr x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block4:
  load_ext_name_far x24, User(userextname0)+0
  ldr x0, [x24]
  orr x1, xzr, #4294967297
  add x0, x0, x1
  str x0, [x24]
  movz x0, #4096
  blr x0
  ldr x0, [x24]
  sub x0, x0, #1
  str x0, [x24]
  add sp, sp, #16
  ldr x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block5:
  movz x3, #16384
  movz x0, #20480
  movz x2, #0
  mov x1, x2
  blr x3
  movi v0.2s, #0
  add sp, sp, #16
  ldr x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 172 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f8 0f 1f f8 ff 43 00 d1
; 0010: 00 00 84 d2 00 00 40 39 60 03 00 35 00 00 86 d2
; 0020: 00 00 40 39 e0 00 00 35 00 00 82 d2 00 00 3f d6
; 0030: ff 43 00 91 f8 07 41 f8 fd 7b c1 a8 c0 03 5f d6
; 0040: 58 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0050: 00 03 40 f9 e1 03 00 b2 00 00 01 8b 00 03 00 f9
; 0060: 00 00 82 d2 00 00 3f d6 00 03 40 f9 00 04 00 d1
; 0070: 00 03 00 f9 ff 43 00 91 f8 07 41 f8 fd 7b c1 a8
; 0080: c0 03 5f d6 03 00 88 d2 00 00 8a d2 02 00 80 d2
; 0090: e1 03 02 aa 60 00 3f d6 00 04 00 0f ff 43 00 91
; 00a0: f8 07 41 f8 fd 7b c1 a8 c0 03 5f d6
