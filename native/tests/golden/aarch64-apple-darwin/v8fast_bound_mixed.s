; i16(i32,f64,u8,f32) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_i16(i32,f64,u8,f32)
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  movz x0, #8192
  ldrb w0, [x0]
  cbnz w0, label6 ; b label1
block1:
  movz x0, #49632, LSL #48
  fmov d4, x0
  fcmp d0, d4
  cset x0, ge
  ldr d4, [const(0)]
  fcmp d0, d4
  cset x1, ls
  and w1, w0, w1
  fcvtzs x0, d0
  scvtf d4, x0
  fcmp d4, d0
  cset x2, eq
  and w1, w1, w2
  mov x2, v0.d[0]
  movz x3, #32768, LSL #48
  subs xzr, x2, x3
  cset x2, ne
  and w1, w1, w2
  movi v4.2s, #0
  fcmp d2, d4
  cset x2, ge
  movz x3, #57344, LSL #32
  movk x3, x3, #16495, LSL #48
  fmov d4, x3
  fcmp d2, d4
  cset x3, ls
  and w3, w2, w3
  fcvtzs x2, d2
  scvtf d4, x2
  fcmp d4, d2
  cset x4, eq
  and w3, w3, w4
  and w3, w1, w3
  ands wzr, w3, #255
  b.ne label3 ; b label2
block2:
  mov x1, sp
  str d0, [sp]
  str d1, [sp, #8]
  str d2, [sp, #16]
  fcvt d16, s3
  str d16, [sp, #24]
  movz x9, #16384
  movz x0, #20480
  movz x2, #4
  blr x9
  movz w0, #0
  add sp, sp, #32
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block3:
  mov v0.16b, v1.16b
  mov v1.16b, v3.16b
  movz x11, #12288
  ldrb w11, [x11]
  cbnz w11, label5 ; b label4
block4:
  movz x12, #4096
  uxtb w1, w2
  blr x12
  sxth w0, w0
  add sp, sp, #32
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block5:
  load_ext_name_far x19, User(userextname0)+0
  ldr x13, [x19]
  orr x14, xzr, #4294967297
  add x13, x13, x14
  str x13, [x19]
  movz x14, #4096
  uxtb w1, w2
  blr x14
  ldr x14, [x19]
  sub x14, x14, #1
  str x14, [x19]
  sxth w0, w0
  add sp, sp, #32
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block6:
  movz x3, #16384
  movz x0, #20480
  movz x2, #0
  mov x1, x2
  blr x3
  movz w0, #0
  add sp, sp, #32
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 408 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff 83 00 d1
; 0010: 00 00 84 d2 00 00 40 39 60 0a 00 35 00 3c f8 d2
; 0020: 04 00 67 9e 00 20 64 1e e0 b7 9f 9a 24 0b 00 5c
; 0030: 00 20 64 1e e1 87 9f 9a 01 00 01 0a 00 00 78 9e
; 0040: 04 00 62 9e 80 20 60 1e e2 17 9f 9a 21 00 02 0a
; 0050: 02 3c 08 4e 03 00 f0 d2 5f 00 03 eb e2 07 9f 9a
; 0060: 21 00 02 0a 04 04 00 0f 40 20 64 1e e2 b7 9f 9a
; 0070: 03 00 dc d2 e3 0d e8 f2 64 00 67 9e 40 20 64 1e
; 0080: e3 87 9f 9a 43 00 03 0a 42 00 78 9e 44 00 62 9e
; 0090: 80 20 62 1e e4 17 9f 9a 63 00 04 0a 23 00 03 0a
; 00a0: 7f 1c 00 72 01 02 00 54 e1 03 00 91 e0 03 00 fc
; 00b0: e1 83 00 fc e2 03 01 fc 70 c0 22 1e f0 83 01 fc
; 00c0: 09 00 88 d2 00 00 8a d2 82 00 80 d2 20 01 3f d6
; 00d0: 00 00 80 52 ff 83 00 91 f3 07 41 f8 fd 7b c1 a8
; 00e0: c0 03 5f d6 20 1c a1 4e 61 1c a3 4e 0b 00 86 d2
; 00f0: 6b 01 40 39 2b 01 00 35 0c 00 82 d2 41 1c 00 53
; 0100: 80 01 3f d6 00 3c 00 13 ff 83 00 91 f3 07 41 f8
; 0110: fd 7b c1 a8 c0 03 5f d6 53 00 00 58 03 00 00 14
; 0120: 00 00 00 00 00 00 00 00 6d 02 40 f9 ee 03 00 b2
; 0130: ad 01 0e 8b 6d 02 00 f9 0e 00 82 d2 41 1c 00 53
; 0140: c0 01 3f d6 6e 02 40 f9 ce 05 00 d1 6e 02 00 f9
; 0150: 00 3c 00 13 ff 83 00 91 f3 07 41 f8 fd 7b c1 a8
; 0160: c0 03 5f d6 03 00 88 d2 00 00 8a d2 02 00 80 d2
; 0170: e1 03 02 aa 60 00 3f d6 00 00 80 52 ff 83 00 91
; 0180: f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6 00 00 00 00
; 0190: 00 00 c0 ff ff ff df 41
