; u64(string) [general tier]
; u0:0 = jitffi_general_u64(string)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_release_scratch
; u1:0 (userextname4) = jitffi_sync_calls
; u0:5 = napi_get_value_string_utf8
; u0:6 = napi_create_bigint_uint64
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  str x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p24i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #336
  unwind StackAlloc { size: 336 }
block0:
  mov x21, x0
  movz x4, #0
  add x0, sp, #64
  mov x20, x0
  str x4, [sp, #64]
  movz x13, #1
  add x2, sp, #8
  str x13, [sp, #8]
  mov x3, sp
  add x5, sp, #16
  load_ext_name_far x14, User(userextname0)+0
  mov x0, x21
  blr x14
  cbnz w0, label1 ; b label2
block2:
  ldr x19, [sp, #16]
  ldr x2, [sp, #8]
  ldr x0, [x19, #8]
  ldrb w0, [x0]
  subs xzr, x2, #1
  cset x1, ne
  ands wzr, w0, #255
  cset x0, ne
  orr w0, w1, w0
  ands wzr, w0, #255
  b.ne label4 ; b label3
block3:
  b label7
block5:
  b label7
block7:
  ldr x24, [x19]
  b label8
block8:
  ldr x1, [sp]
  mov x0, x20
  add x2, x0, #8
  movz x3, #256
  add x4, sp, #48
  load_ext_name_far x5, User(userextname5)+0
  mov x0, x21
  blr x5
  cbnz w0, label9 ; b label10
block10:
  ldr x0, [sp, #48]
  subs xzr, x0, #252
  b.lo label12 ; b label11
block12:
  mov x1, x20
  add x1, x1, #8
  str x1, [sp, #40]
  movz w2, #1
  cbnz x0, label13 ; b label14
block13:
  b label15
block14:
  b label23
block15:
  ldr q0, [x1]
  cmeq v0.16b, v0.16b, #0
  sshr v24.16b, v0.16b, #7
  movz x3, #513
  movk x3, x3, #2052, LSL #16
  movk x3, x3, #8208, LSL #32
  movk x3, x3, #32832, LSL #48
  dup v0.2d, x3
  and v0.16b, v24.16b, v0.16b
  ext v1.16b, v0.16b, v0.16b, #8
  zip1 v0.16b, v0.16b, v1.16b
  addv h0, v0.8h
  umov w3, v0.h[0]
  lsl w4, w2, w0
  sub w4, w4, #1
  movz w5, #65535
  subs xzr, x0, #16
  csel x4, x4, x5, lo
  and w3, w3, w4
  cbnz w3, label16 ; b label17
block17:
  add x1, x1, #16
  sub x3, x0, #16
  subs xzr, x0, #16
  b.hi label18 ; b label19
block18:
  mov x0, x3
  b label15
block19:
  b label23
block21:
  b label23
block22:
  mov x22, x1
  b label24
block23:
  ldr x1, [sp, #40]
  load_ext_name_far x19, User(userextname4)+0
  ldr x2, [x19]
  orr x3, xzr, #4294967297
  add x2, x2, x3
  str x2, [x19]
  mov x0, x1
  blr x24
  mov x1, x0
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  movz x0, #0
  add x2, sp, #56
  str x0, [sp, #56]
  load_ext_name_far x3, User(userextname6)+0
  mov x0, x21
  blr x3
  ldr x1, [sp, #56]
  mov x22, x1
  b label24
block24:
  ldr x0, [sp, #64]
  cbnz x0, label26 ; b label25
block25:
  mov x0, x22
  b label27
block26:
  load_ext_name_far x1, User(userextname3)+0
  mov x0, x20
  blr x1
  mov x0, x22
  b label27
block27:
  add sp, sp, #336
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldr x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label28
block4:
  movz w3, #1
  load_ext_name_far x4, User(userextname1)+0
  mov x0, x21
  mov x1, x19
  blr x4
  cbnz x0, label5 ; b label6
block6:
  b label28
block9:
  b label20
block11:
  b label20
block16:
  b label20
block20:
  ldr x1, [sp]
  movz w2, #0
  add x3, sp, #40
  load_ext_name_far x5, User(userextname2)+0
  mov x0, x21
  mov x4, x20
  blr x5
  movz x1, #0
  cbnz w0, label21 ; b label22
block28:
  movz x0, #0
  add sp, sp, #336
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldr x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 628 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f8 0f 1f f8 f5 5b bf a9
; 0010: f3 53 bf a9 ff 43 05 d1 f5 03 00 aa 04 00 80 d2
; 0020: e0 03 01 91 f4 03 00 aa e4 03 04 f8 2d 00 80 d2
; 0030: e2 23 00 91 ed 83 00 f8 e3 03 00 91 e5 43 00 91
; 0040: 4e 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0050: e0 03 15 aa c0 01 3f d6 00 10 00 35 f3 03 41 f8
; 0060: e2 83 40 f8 60 06 40 f9 00 00 40 39 5f 04 00 f1
; 0070: e1 07 9f 9a 1f 1c 00 72 e0 07 9f 9a 20 00 00 2a
; 0080: 1f 1c 00 72 c1 0b 00 54 78 02 40 f9 e1 03 40 f8
; 0090: e0 03 14 aa 02 20 00 91 03 20 80 d2 e4 c3 00 91
; 00a0: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00b0: e0 03 15 aa a0 00 3f d6 60 0b 00 35 e0 03 43 f8
; 00c0: 1f f0 03 f1 02 0b 00 54 e1 03 14 aa 21 20 00 91
; 00d0: e1 83 02 f8 22 00 80 52 a0 03 00 b4 20 00 c0 3d
; 00e0: 00 98 20 4e 18 04 09 4f 23 40 80 d2 83 00 a1 f2
; 00f0: 03 02 c4 f2 03 08 f0 f2 60 0c 08 4e 00 1f 20 4e
; 0100: 01 40 00 6e 00 38 01 4e 00 b8 71 4e 03 3c 02 0e
; 0110: 44 20 c0 1a 84 04 00 51 e5 ff 9f 52 1f 40 00 f1
; 0120: 84 30 85 9a 63 00 04 0a e3 07 00 35 21 40 00 91
; 0130: 03 40 00 d1 1f 40 00 f1 a9 00 00 54 e0 03 03 aa
; 0140: e7 ff ff 17 f6 03 01 aa 1b 00 00 14 e1 83 42 f8
; 0150: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0160: 62 02 40 f9 e3 03 00 b2 42 00 03 8b 62 02 00 f9
; 0170: e0 03 01 aa 00 03 3f d6 e1 03 00 aa 60 02 40 f9
; 0180: 00 04 00 d1 60 02 00 f9 00 00 80 d2 e2 e3 00 91
; 0190: e0 83 03 f8 43 00 00 58 03 00 00 14 00 00 00 00
; 01a0: 00 00 00 00 e0 03 15 aa 60 00 3f d6 e1 83 43 f8
; 01b0: f6 03 01 aa e0 03 44 f8 60 00 00 b5 e0 03 16 aa
; 01c0: 08 00 00 14 41 00 00 58 03 00 00 14 00 00 00 00
; 01d0: 00 00 00 00 e0 03 14 aa 20 00 3f d6 e0 03 16 aa
; 01e0: ff 43 05 91 f3 53 c1 a8 f5 5b c1 a8 f8 07 41 f8
; 01f0: fd 7b c1 a8 c0 03 5f d6 18 00 00 14 23 00 80 52
; 0200: 44 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0210: e0 03 15 aa e1 03 13 aa 80 00 3f d6 60 f3 ff b5
; 0220: 0e 00 00 14 e1 03 40 f8 02 00 80 52 e3 a3 00 91
; 0230: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0240: e0 03 15 aa e4 03 14 aa a0 00 3f d6 01 00 80 d2
; 0250: e0 f7 ff 35 bc ff ff 17 00 00 80 d2 ff 43 05 91
; 0260: f3 53 c1 a8 f5 5b c1 a8 f8 07 41 f8 fd 7b c1 a8
; 0270: c0 03 5f d6
