; void(string,i32) [general tier]
; u0:0 = jitffi_general_void(string,i32)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_arg_i32
; u0:5 = jitffi_release_scratch
; u1:0 (userextname5) = jitffi_sync_calls
; u0:6 = napi_get_value_string_utf8
; u0:7 = napi_get_value_double
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #352
  unwind StackAlloc { size: 352 }
block0:
  mov x22, x0
  movz x4, #0
  add x0, sp, #80
  mov x21, x0
  str x4, [sp, #80]
  movz x0, #2
  add x2, sp, #16
  str x0, [sp, #16]
  mov x3, sp
  add x5, sp, #24
  load_ext_name_far x6, User(userextname0)+0
  mov x0, x22
  blr x6
  cbnz w0, label1 ; b label2
block2:
  ldr x19, [sp, #24]
  ldr x2, [sp, #16]
  ldr x0, [x19, #8]
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
  ldr x19, [x19]
  b label8
block8:
  ldr x1, [sp]
  mov x0, x21
  add x2, x0, #8
  movz x3, #256
  add x4, sp, #64
  load_ext_name_far x5, User(userextname6)+0
  mov x0, x22
  blr x5
  cbnz w0, label9 ; b label10
block10:
  ldr x0, [sp, #64]
  subs xzr, x0, #252
  b.lo label12 ; b label11
block12:
  mov x1, x21
  add x1, x1, #8
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
  load_ext_name_far x3, User(userextname7)+0
  mov x0, x22
  mov x2, x20
  blr x3
  mov x8, x20
  cbnz w0, label24 ; b label25
block25:
  ldr d1, [sp, #56]
  fcvtzs x1, d1
  str x1, [sp, #56]
  movz x2, #49632, LSL #48
  fmov d3, x2
  fcmp d1, d3
  cset x3, ge
  ldr d3, [const(0)]
  fcmp d1, d3
  cset x4, ls
  and w4, w3, w4
  scvtf d4, x1
  fcmp d4, d1
  cset x5, eq
  and w5, w4, w5
  mov x6, v1.d[0]
  movz x7, #32768, LSL #48
  subs xzr, x6, x7
  cset x6, ne
  and w6, w5, w6
  ands wzr, w6, #255
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
  load_ext_name_far x20, User(userextname5)+0
  ldr x13, [x20]
  orr x14, xzr, #4294967297
  add x13, x13, x14
  str x13, [x20]
  blr x19
  ldr x15, [x20]
  sub x15, x15, #1
  str x15, [x20]
  b label32
block32:
  ldr x0, [sp, #80]
  cbnz x0, label34 ; b label33
block33:
  b label35
block34:
  load_ext_name_far x1, User(userextname4)+0
  mov x0, x21
  blr x1
  b label35
block35:
  movz x0, #0
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label36
block4:
  movz w3, #2
  load_ext_name_far x4, User(userextname1)+0
  mov x0, x22
  mov x1, x19
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
  mov x0, x22
  mov x4, x21
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
  load_ext_name_far x10, User(userextname3)+0
  mov x0, x22
  mov x3, x8
  blr x10
  cbnz w0, label29 ; b label30
block36:
  movz x0, #0
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 736 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f5 5b bf a9 f3 53 bf a9
; 0010: ff 83 05 d1 f6 03 00 aa 04 00 80 d2 e0 43 01 91
; 0020: f5 03 00 aa e4 03 05 f8 40 00 80 d2 e2 43 00 91
; 0030: e0 03 01 f8 e3 03 00 91 e5 63 00 91 46 00 00 58
; 0040: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 16 aa
; 0050: c0 00 3f d6 60 13 00 35 f3 83 41 f8 e2 03 41 f8
; 0060: 60 06 40 f9 00 00 40 39 5f 08 00 f1 e1 07 9f 9a
; 0070: 1f 1c 00 72 e0 07 9f 9a 20 00 00 2a 1f 1c 00 72
; 0080: c1 0d 00 54 73 02 40 f9 e1 03 40 f8 e0 03 15 aa
; 0090: 02 20 00 91 03 20 80 d2 e4 03 01 91 45 00 00 58
; 00a0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 16 aa
; 00b0: a0 00 3f d6 60 0d 00 35 e0 03 44 f8 1f f0 03 f1
; 00c0: 02 0d 00 54 e1 03 15 aa 21 20 00 91 e1 03 03 f8
; 00d0: 80 03 00 b4 20 00 c0 3d 00 98 20 4e 00 04 09 4f
; 00e0: 22 40 80 d2 82 00 a1 f2 02 02 c4 f2 02 08 f0 f2
; 00f0: 41 0c 08 4e 00 1c 21 4e 01 40 00 6e 00 38 01 4e
; 0100: 00 b8 71 4e 02 3c 02 0e 23 00 80 52 63 20 c0 1a
; 0110: 63 04 00 51 e4 ff 9f 52 1f 40 00 f1 63 30 84 9a
; 0120: 42 00 03 0a e2 09 00 35 21 40 00 91 02 40 00 d1
; 0130: 1f 40 00 f1 69 00 00 54 e0 03 02 aa e6 ff ff 17
; 0140: e1 83 40 f8 f4 e3 00 91 43 00 00 58 03 00 00 14
; 0150: 00 00 00 00 00 00 00 00 e0 03 16 aa e2 03 14 aa
; 0160: 60 00 3f d6 e8 03 14 aa 40 09 00 35 e1 83 43 fc
; 0170: 21 00 78 9e e1 83 03 f8 02 3c f8 d2 43 00 67 9e
; 0180: 20 20 63 1e e3 b7 9f 9a 83 0a 00 5c 20 20 63 1e
; 0190: e4 87 9f 9a 64 00 04 0a 24 00 62 9e 80 20 61 1e
; 01a0: e5 17 9f 9a 85 00 05 0a 26 3c 08 4e 07 00 f0 d2
; 01b0: df 00 07 eb e6 07 9f 9a a6 00 06 0a df 1c 00 72
; 01c0: 80 06 00 54 e0 03 43 f8 e1 83 43 b8 54 00 00 58
; 01d0: 03 00 00 14 00 00 00 00 00 00 00 00 8d 02 40 f9
; 01e0: ee 03 00 b2 ad 01 0e 8b 8d 02 00 f9 60 02 3f d6
; 01f0: 8f 02 40 f9 ef 05 00 d1 8f 02 00 f9 e0 03 45 f8
; 0200: e0 00 00 b4 41 00 00 58 03 00 00 14 00 00 00 00
; 0210: 00 00 00 00 e0 03 15 aa 20 00 3f d6 00 00 80 d2
; 0220: ff 83 05 91 f3 53 c1 a8 f5 5b c1 a8 fd 7b c1 a8
; 0230: c0 03 5f d6 23 00 00 14 43 00 80 52 44 00 00 58
; 0240: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 16 aa
; 0250: e1 03 13 aa 80 00 3f d6 60 f1 ff b5 19 00 00 14
; 0260: e1 03 40 f8 02 00 80 52 e3 c3 00 91 45 00 00 58
; 0270: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 16 aa
; 0280: e4 03 15 aa a0 00 3f d6 c0 f5 ff 35 dc ff ff 17
; 0290: e1 83 40 f8 22 00 80 52 04 00 80 d2 4a 00 00 58
; 02a0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 16 aa
; 02b0: e3 03 08 aa 40 01 3f d6 60 f8 ff 35 d0 ff ff 17
; 02c0: 00 00 80 d2 ff 83 05 91 f3 53 c1 a8 f5 5b c1 a8
; 02d0: fd 7b c1 a8 c0 03 5f d6 00 00 c0 ff ff ff df 41
