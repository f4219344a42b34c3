; void() [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_void()
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
block0:
  movz x13, #8192
  ldrb w13, [x13]
  cbnz w13, label4 ; b label1
block1:
  movz x14, #12288
  ldrb w14, [x14]
  cbnz w14, label3 ; b label2
block2:
  movz x15, #4096
  blr x15
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block3:
  load_ext_name_far x19, User(userextname0)+0
  ldr x0, [x19]
  orr x1, xzr, #4294967297
  add x0, x0, x1
  str x0, [x19]
  movz x0, #4096
  blr x0
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block4:
  movz x1, #16384
  movz x0, #20480
  blr x1
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 144 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 0d 00 84 d2
; 0010: ad 01 40 39 2d 03 00 35 0e 00 86 d2 ce 01 40 39
; 0020: ce 00 00 35 0f 00 82 d2 e0 01 3f d6 f3 07 41 f8
; 0030: fd 7b c1 a8 c0 03 5f d6 53 00 00 58 03 00 00 14
; 0040: 00 00 00 00 00 00 00 00 60 02 40 f9 e1 03 00 b2
; 0050: 00 00 01 8b 60 02 00 f9 00 00 82 d2 00 00 3f d6
; 0060: 60 02 40 f9 00 04 00 d1 60 02 00 f9 f3 07 41 f8
; 0070: fd 7b c1 a8 c0 03 5f d6 01 00 88 d2 00 00 8a d2
; 0080: 20 00 3f d6 f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6
