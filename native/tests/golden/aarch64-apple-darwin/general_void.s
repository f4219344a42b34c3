; void(string,i32) [general tier]
; u0:0 = jitffi_general_void(string,i32)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_arg_i32
; u0:5 = jitffi_release_scratch
; u0:6 = napi_get_value_string_utf8
; u0:7 = napi_get_value_double
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  str x28, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p28i }
  stp x25, x27, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p25i }
  unwind SaveReg { clobber_offset: 24, reg: p27i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #352
  unwind StackAlloc { size: 352 }
block0:
  mov x27, x0
  movz x4, #0
  add x0, sp, #80
  mov x25, x0
  str x4, [sp, #80]
  movz x0, #2
  add x2, sp, #16
  str x0, [sp, #16]
  mov x3, sp
  add x5, sp, #24
  load_ext_name_far x6, User(userextname0)+0
  mov x0, x27
  blr x6
  cbnz w0, label1 ; b label2
block2:
  ldr x28, [sp, #24]
  ldr x2, [sp, #16]
  ldr x0, [x28, #8]
  ldrb w0, [x0]
  subs xzr, x2, #2
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
  ldr x19, [x28]
  b label8
block8:
  ldr x1, [sp]
  mov x0, x25
  add x2, x0, #8
  movz x3, #256
  add x4, sp, #64
  load_ext_name_far x5, User(userextname5)+0
  mov x0, x27
  blr x5
  cbnz w0, label9 ; b label10
block10:
  ldr x0, [sp, #64]
  subs xzr, x0, #252
  b.lo label12 ; b label11
block12:
  mov x13, x25
  add x1, x13, #8
  str x1, [sp, #48]
  cbnz x0, label13 ; b label14
block13:
  b label15
block14:
  b label23
block15:
  ldr q0, [x1]
  cmeq v0.16b, v0.16b, #0
  sshr v0.16b, v0.16b, #7
  movz x2, #513
  movk x2, x2, #2052, LSL #16
  movk x2, x2, #8208, LSL #32
  movk x2, x2, #32832, LSL #48
  dup v1.2d, x2
  and v0.16b, v0.16b, v1.16b
  ext v1.16b, v0.16b, v0.16b, #8
  zip1 v0.16b, v0.16b, v1.16b
  addv h0, v0.8h
  umov w2, v0.h[0]
  movz w3, #1
  lsl w3, w3, w0
  sub w3, w3, #1
  movz w4, #65535
  subs xzr, x0, #16
  csel x3, x3, x4, lo
  and w2, w2, w3
  cbnz w2, label16 ; b label17
block17:
  add x1, x1, #16
  sub x2, x0, #16
  subs xzr, x0, #16
  b.hi label18 ; b label19
block18:
  mov x0, x2
  b label15
block19:
  b label23
block21:
  b label23
block22:
  b label32
block23:
  ldr x1, [sp, #8]
  add x20, sp, #56
  load_ext_name_far x3, User(userextname6)+0
  mov x0, x27
  mov x2, x20
  blr x3
  mov x3, x20
  cbnz w0, label24 ; b label25
block25:
  ldr d0, [sp, #56]
  fcvtzs x0, d0
  str x0, [sp, #56]
  movz x1, #49632, LSL #48
  fmov d1, x1
  fcmp d0, d1
  cset x1, ge
  ldr d1, [const(0)]
  fcmp d0, d1
  cset x2, ls
  and w1, w1, w2
  scvtf d1, x0
  fcmp d1, d0
  cset x0, eq
  and w0, w1, w0
  mov x1, v0.d[0]
  movz x2, #32768, LSL #48
  subs xzr, x1, x2
  cset x1, ne
  and w0, w0, w1
  ands wzr, w0, #255
  b.ne label26 ; b label27
block26:
  b label31
block29:
  b label31
block30:
  b label32
block31:
  ldr x0, [sp, #48]
  ldr w1, [sp, #56]
  blr x19
  b label32
block32:
  ldr x9, [sp, #80]
  cbnz x9, label34 ; b label33
block33:
  b label35
block34:
  load_ext_name_far x11, User(userextname4)+0
  mov x0, x25
  blr x11
  b label35
block35:
  movz x0, #0
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x25, x27, [sp], #16
  ldr x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label36
block4:
  movz w3, #2
  load_ext_name_far x4, User(userextname1)+0
  mov x0, x27
  mov x1, x28
  blr x4
  cbnz x0, label5 ; b label6
block6:
  b label36
block9:
  b label20
block11:
  b label20
block16:
  b label20
block20:
  ldr x1, [sp]
  movz w2, #0
  add x3, sp, #48
  load_ext_name_far x5, User(userextname2)+0
  mov x0, x27
  mov x4, x25
  blr x5
  cbnz w0, label21 ; b label22
block24:
  b label28
block27:
  b label28
block28:
  ldr x1, [sp, #8]
  movz w2, #1
  movz x4, #0
  load_ext_name_far x5, User(userextname3)+0
  mov x0, x27
  blr x5
  cbnz w0, label29 ; b label30
block36:
  movz x0, #0
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x25, x27, [sp], #16
  ldr x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 704 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fc 0f 1f f8 f9 6f bf a9
; 0010: f3 53 bf a9 ff 83 05 d1 fb 03 00 aa 04 00 80 d2
; 0020: e0 43 01 91 f9 03 00 aa e4 03 05 f8 40 00 80 d2
; 0030: e2 43 00 91 e0 03 01 f8 e3 03 00 91 e5 63 00 91
; 0040: 46 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0050: e0 03 1b aa c0 00 3f d6 00 12 00 35 fc 83 41 f8
; 0060: e2 03 41 f8 80 07 40 f9 00 00 40 39 5f 08 00 f1
; 0070: e1 07 9f 9a 1f 1c 00 72 e0 07 9f 9a 20 00 00 2a
; 0080: 1f 1c 00 72 81 0c 00 54 93 03 40 f9 e1 03 40 f8
; 0090: e0 03 19 aa 02 20 00 91 03 20 80 d2 e4 03 01 91
; 00a0: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00b0: e0 03 1b aa a0 00 3f d6 20 0c 00 35 e0 03 44 f8
; 00c0: 1f f0 03 f1 c2 0b 00 54 ed 03 19 aa a1 21 00 91
; 00d0: e1 03 03 f8 80 03 00 b4 20 00 c0 3d 00 98 20 4e
; 00e0: 00 04 09 4f 22 40 80 d2 82 00 a1 f2 02 02 c4 f2
; 00f0: 02 08 f0 f2 41 0c 08 4e 00 1c 21 4e 01 40 00 6e
; 0100: 00 38 01 4e 00 b8 71 4e 02 3c 02 0e 23 00 80 52
; 0110: 63 20 c0 1a 63 04 00 51 e4 ff 9f 52 1f 40 00 f1
; 0120: 63 30 84 9a 42 00 03 0a a2 08 00 35 21 40 00 91
; 0130: 02 40 00 d1 1f 40 00 f1 69 00 00 54 e0 03 02 aa
; 0140: e6 ff ff 17 e1 83 40 f8 f4 e3 00 91 43 00 00 58
; 0150: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 1b aa
; 0160: e2 03 14 aa 60 00 3f d6 e3 03 14 aa 00 08 00 35
; 0170: e0 83 43 fc 00 00 78 9e e0 83 03 f8 01 3c f8 d2
; 0180: 21 00 67 9e 00 20 61 1e e1 b7 9f 9a 61 09 00 5c
; 0190: 00 20 61 1e e2 87 9f 9a 21 00 02 0a 01 00 62 9e
; 01a0: 20 20 60 1e e0 17 9f 9a 20 00 00 0a 01 3c 08 4e
; 01b0: 02 00 f0 d2 3f 00 02 eb e1 07 9f 9a 00 00 01 0a
; 01c0: 1f 1c 00 72 40 05 00 54 e0 03 43 f8 e1 83 43 b8
; 01d0: 60 02 3f d6 e9 03 45 f8 e9 00 00 b4 4b 00 00 58
; 01e0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 19 aa
; 01f0: 60 01 3f d6 00 00 80 d2 ff 83 05 91 f3 53 c1 a8
; 0200: f9 6f c1 a8 fc 07 41 f8 fd 7b c1 a8 c0 03 5f d6
; 0210: 22 00 00 14 43 00 80 52 44 00 00 58 03 00 00 14
; 0220: 00 00 00 00 00 00 00 00 e0 03 1b aa e1 03 1c aa
; 0230: 80 00 3f d6 a0 f2 ff b5 18 00 00 14 e1 03 40 f8
; 0240: 02 00 80 52 e3 c3 00 91 45 00 00 58 03 00 00 14
; 0250: 00 00 00 00 00 00 00 00 e0 03 1b aa e4 03 19 aa
; 0260: a0 00 3f d6 00 f7 ff 35 db ff ff 17 e1 83 40 f8
; 0270: 22 00 80 52 04 00 80 d2 45 00 00 58 03 00 00 14
; 0280: 00 00 00 00 00 00 00 00 e0 03 1b aa a0 00 3f d6
; 0290: c0 f9 ff 35 d0 ff ff 17 00 00 80 d2 ff 83 05 91
; 02a0: f3 53 c1 a8 f9 6f c1 a8 fc 07 41 f8 fd 7b c1 a8
; 02b0: c0 03 5f d6 00 00 00 00 00 00 c0 ff ff ff df 41
