; u64(string) [general tier]
; u0:0 = jitffi_general_u64(string)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_string
; u0:4 = jitffi_release_scratch
; u0:5 = napi_get_value_string_utf8
; u0:6 = napi_create_bigint_uint64
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  str x21, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
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
  movz x7, #1
  add x2, sp, #8
  str x7, [sp, #8]
  mov x3, sp
  add x5, sp, #16
  load_ext_name_far x8, User(userextname0)+0
  mov x0, x21
  blr x8
  cbnz w0, label1 ; b label2
block2:
  ldr x19, [sp, #16]
  ldr x2, [sp, #8]
  ldr x10, [x19, #8]
  ldrb w10, [x10]
  subs xzr, x2, #1
  cset x11, ne
  ands wzr, w10, #255
  cset x12, ne
  orr w12, w11, w12
  ands wzr, w12, #255
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
  mov x0, x20
  add x2, x0, #8
  movz x3, #256
  add x4, sp, #48
  load_ext_name_far x5, User(userextname4)+0
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
  ldr q28, [x1]
  cmeq v28.16b, v28.16b, #0
  sshr v18.16b, v28.16b, #7
  movz x3, #513
  movk x3, x3, #2052, LSL #16
  movk x3, x3, #8208, LSL #32
  movk x3, x3, #32832, LSL #48
  dup v28.2d, x3
  and v30.16b, v18.16b, v28.16b
  ext v0.16b, v30.16b, v30.16b, #8
  zip1 v0.16b, v30.16b, v0.16b
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
  mov x19, x1
  b label24
block23:
  ldr x0, [sp, #40]
  blr x19
  movz x1, #0
  add x2, sp, #56
  str x1, [sp, #56]
  load_ext_name_far x3, User(userextname5)+0
  mov x1, x0
  mov x0, x21
  blr x3
  ldr x1, [sp, #56]
  mov x19, x1
  b label24
block24:
  ldr x0, [sp, #64]
  cbnz x0, label26 ; b label25
block25:
  mov x0, x19
  b label27
block26:
  load_ext_name_far x1, User(userextname3)+0
  mov x0, x20
  blr x1
  mov x0, x19
  b label27
block27:
  add sp, sp, #336
  ldp x19, x20, [sp], #16
  ldr x21, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label28
block4:
  movz w3, #1
  load_ext_name_far x15, User(userextname1)+0
  mov x0, x21
  mov x1, x19
  blr x15
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
  ldr x21, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 568 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f5 0f 1f f8 f3 53 bf a9
; 0010: ff 43 05 d1 f5 03 00 aa 04 00 80 d2 e0 03 01 91
; 0020: f4 03 00 aa e4 03 04 f8 27 00 80 d2 e2 23 00 91
; 0030: e7 83 00 f8 e3 03 00 91 e5 43 00 91 48 00 00 58
; 0040: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 15 aa
; 0050: 00 01 3f d6 60 0e 00 35 f3 03 41 f8 e2 83 40 f8
; 0060: 6a 06 40 f9 4a 01 40 39 5f 04 00 f1 eb 07 9f 9a
; 0070: 5f 1d 00 72 ec 07 9f 9a 6c 01 0c 2a 9f 1d 00 72
; 0080: 21 0a 00 54 73 02 40 f9 e1 03 40 f8 e0 03 14 aa
; 0090: 02 20 00 91 03 20 80 d2 e4 c3 00 91 45 00 00 58
; 00a0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 15 aa
; 00b0: a0 00 3f d6 c0 09 00 35 e0 03 43 f8 1f f0 03 f1
; 00c0: 62 09 00 54 e1 03 14 aa 21 20 00 91 e1 83 02 f8
; 00d0: 22 00 80 52 a0 03 00 b4 3c 00 c0 3d 9c 9b 20 4e
; 00e0: 92 07 09 4f 23 40 80 d2 83 00 a1 f2 03 02 c4 f2
; 00f0: 03 08 f0 f2 7c 0c 08 4e 5e 1e 3c 4e c0 43 1e 6e
; 0100: c0 3b 00 4e 00 b8 71 4e 03 3c 02 0e 44 20 c0 1a
; 0110: 84 04 00 51 e5 ff 9f 52 1f 40 00 f1 84 30 85 9a
; 0120: 63 00 04 0a 43 06 00 35 21 40 00 91 03 40 00 d1
; 0130: 1f 40 00 f1 a9 00 00 54 e0 03 03 aa e7 ff ff 17
; 0140: f3 03 01 aa 0f 00 00 14 e0 83 42 f8 60 02 3f d6
; 0150: 01 00 80 d2 e2 e3 00 91 e1 83 03 f8 43 00 00 58
; 0160: 03 00 00 14 00 00 00 00 00 00 00 00 e1 03 00 aa
; 0170: e0 03 15 aa 60 00 3f d6 e1 83 43 f8 f3 03 01 aa
; 0180: e0 03 44 f8 60 00 00 b5 e0 03 13 aa 08 00 00 14
; 0190: 41 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 01a0: e0 03 14 aa 20 00 3f d6 e0 03 13 aa ff 43 05 91
; 01b0: f3 53 c1 a8 f5 07 41 f8 fd 7b c1 a8 c0 03 5f d6
; 01c0: 18 00 00 14 23 00 80 52 4f 00 00 58 03 00 00 14
; 01d0: 00 00 00 00 00 00 00 00 e0 03 15 aa e1 03 13 aa
; 01e0: e0 01 3f d6 00 f5 ff b5 0e 00 00 14 e1 03 40 f8
; 01f0: 02 00 80 52 e3 a3 00 91 45 00 00 58 03 00 00 14
; 0200: 00 00 00 00 00 00 00 00 e0 03 15 aa e4 03 14 aa
; 0210: a0 00 3f d6 01 00 80 d2 80 f9 ff 35 c9 ff ff 17
; 0220: 00 00 80 d2 ff 43 05 91 f3 53 c1 a8 f5 07 41 f8
; 0230: fd 7b c1 a8 c0 03 5f d6
