; pointer(pointer,string,buffer,arraybuffer,function,i32) [general tier]
; u0:0 = jitffi_general_pointer(pointer,string,buffer,arraybuffer,function,i32)
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_pointer
; u0:4 = jitffi_arg_string
; u0:5 = jitffi_arg_buffer
; u0:6 = jitffi_arg_arraybuffer
; u0:7 = jitffi_arg_function
; u0:8 = jitffi_arg_i32
; u0:9 = jitffi_release_scratch
; u1:0 (userextname9) = jitffi_sync_calls
; u0:10 = napi_get_value_bigint_uint64
; u0:11 = napi_get_value_string_utf8
; u0:12 = napi_get_typedarray_info
; u0:13 = napi_get_value_double
; u0:14 = napi_create_bigint_uint64
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  str x27, [sp, #-16]!
  unwind SaveReg { clobber_offset: 64, reg: p27i }
  stp x25, x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p25i }
  unwind SaveReg { clobber_offset: 56, reg: p26i }
  stp x23, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p23i }
  unwind SaveReg { clobber_offset: 40, reg: p24i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #1472
  unwind StackAlloc { size: 1472 }
block0:
  mov x26, x0
  movz x4, #0
  add x0, sp, #144
  mov x25, x0
  str x4, [sp, #144]
  add x0, sp, #408
  mov x24, x0
  str x4, [sp, #408]
  add x0, sp, #672
  mov x23, x0
  str x4, [sp, #672]
  add x0, sp, #936
  mov x22, x0
  str x4, [sp, #936]
  add x0, sp, #1200
  mov x21, x0
  str x4, [sp, #1200]
  movz x0, #6
  add x2, sp, #48
  str x0, [sp, #48]
  mov x3, sp
  add x5, sp, #56
  load_ext_name_far x6, User(userextname0)+0
  mov x0, x26
  blr x6
  cbnz w0, label1 ; b label2
block2:
  ldr x19, [sp, #56]
  ldr x2, [sp, #48]
  ldr x0, [x19, #8]
  ldrb w0, [x0]
  subs xzr, x2, #6
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
  add x3, sp, #80
  mov x20, x3
  add x3, sp, #128
  mov x27, x3
  load_ext_name_far x4, User(userextname10)+0
  mov x0, x26
  mov x2, x20
  blr x4
  cbnz w0, label9 ; b label10
block10:
  ldrb w0, [sp, #128]
  ands wzr, w0, #255
  b.ne label11 ; b label12
block11:
  b label16
block14:
  b label16
block15:
  mov x20, x3
  b label64
block16:
  ldr x1, [sp, #8]
  mov x0, x24
  add x2, x0, #8
  movz x3, #256
  load_ext_name_far x5, User(userextname11)+0
  mov x0, x26
  mov x4, x27
  blr x5
  cbnz w0, label17 ; b label18
block18:
  ldr x8, [sp, #128]
  subs xzr, x8, #252
  b.lo label20 ; b label19
block20:
  mov x0, x24
  add x11, x0, #8
  str x11, [sp, #88]
  cbnz x8, label21 ; b label22
block21:
  b label23
block22:
  b label31
block23:
  ldr q4, [x11]
  cmeq v4.16b, v4.16b, #0
  sshr v0.16b, v4.16b, #7
  movz x0, #513
  movk x0, x0, #2052, LSL #16
  movk x0, x0, #8208, LSL #32
  movk x0, x0, #32832, LSL #48
  dup v4.2d, x0
  and v6.16b, v0.16b, v4.16b
  ext v16.16b, v6.16b, v6.16b, #8
  zip1 v16.16b, v6.16b, v16.16b
  addv h16, v16.8h
  umov w14, v16.h[0]
  movz w4, #1
  lsl w4, w4, w8
  sub w4, w4, #1
  movz w5, #65535
  subs xzr, x8, #16
  csel x5, x4, x5, lo
  and w5, w14, w5
  cbnz w5, label24 ; b label25
block25:
  add x11, x11, #16
  sub x7, x8, #16
  subs xzr, x8, #16
  b.hi label26 ; b label27
block26:
  mov x8, x7
  b label23
block27:
  b label31
block29:
  b label31
block30:
  mov x20, x3
  b label64
block31:
  ldr x1, [sp, #16]
  movz x6, #0
  add x3, sp, #96
  mov x20, x3
  load_ext_name_far x14, User(userextname12)+0
  mov x0, x26
  mov x3, x27
  mov x4, x20
  mov x2, x6
  mov x5, x6
  blr x14
  cbnz w0, label32 ; b label33
block33:
  ldr x0, [sp, #128]
  cbnz x0, label34 ; b label35
block34:
  b label39
block37:
  b label39
block38:
  mov x20, x3
  b label64
block39:
  ldr x1, [sp, #24]
  movz x6, #0
  add x3, sp, #104
  mov x20, x3
  load_ext_name_far x7, User(userextname12)+0
  mov x0, x26
  mov x3, x27
  mov x4, x20
  mov x2, x6
  mov x5, x6
  blr x7
  cbnz w0, label40 ; b label41
block41:
  ldr x0, [sp, #128]
  cbnz x0, label42 ; b label43
block42:
  b label47
block45:
  b label47
block46:
  mov x20, x3
  b label64
block47:
  ldr x1, [sp, #32]
  add x20, sp, #112
  load_ext_name_far x4, User(userextname10)+0
  mov x3, x27
  mov x0, x26
  mov x2, x20
  blr x4
  mov x3, x20
  cbnz w0, label48 ; b label49
block49:
  ldrb w0, [sp, #128]
  ands wzr, w0, #255
  b.ne label50 ; b label51
block50:
  b label55
block53:
  b label55
block54:
  mov x20, x3
  b label64
block55:
  ldr x1, [sp, #40]
  add x20, sp, #120
  load_ext_name_far x3, User(userextname13)+0
  mov x0, x26
  mov x2, x20
  blr x3
  mov x4, x20
  cbnz w0, label56 ; b label57
block57:
  ldr d0, [sp, #120]
  fcvtzs x0, d0
  str x0, [sp, #120]
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
  b.ne label58 ; b label59
block58:
  b label63
block61:
  b label63
block62:
  b label64
block63:
  ldr x0, [sp, #80]
  ldr x1, [sp, #88]
  ldr x2, [sp, #96]
  ldr x3, [sp, #104]
  ldr x4, [sp, #112]
  ldr w5, [sp, #120]
  load_ext_name_far x20, User(userextname9)+0
  ldr x6, [x20]
  orr x7, xzr, #4294967297
  add x6, x6, x7
  str x6, [x20]
  blr x19
  ldr x1, [x20]
  sub x1, x1, #1
  str x1, [x20]
  movz x1, #0
  add x2, sp, #136
  str x1, [sp, #136]
  load_ext_name_far x3, User(userextname14)+0
  mov x1, x0
  mov x0, x26
  blr x3
  ldr x0, [sp, #136]
  mov x20, x0
  b label64
block64:
  ldr x0, [sp, #144]
  cbnz x0, label66 ; b label65
block65:
  b label67
block66:
  load_ext_name_far x1, User(userextname8)+0
  mov x0, x25
  blr x1
  b label67
block67:
  ldr x0, [sp, #408]
  cbnz x0, label69 ; b label68
block68:
  b label70
block69:
  load_ext_name_far x1, User(userextname8)+0
  mov x0, x24
  blr x1
  b label70
block70:
  ldr x2, [sp, #672]
  cbnz x2, label72 ; b label71
block71:
  b label73
block72:
  load_ext_name_far x4, User(userextname8)+0
  mov x0, x23
  blr x4
  b label73
block73:
  ldr x6, [sp, #936]
  cbnz x6, label75 ; b label74
block74:
  b label76
block75:
  load_ext_name_far x8, User(userextname8)+0
  mov x0, x22
  blr x8
  b label76
block76:
  ldr x10, [sp, #1200]
  cbnz x10, label78 ; b label77
block77:
  mov x0, x20
  b label79
block78:
  load_ext_name_far x12, User(userextname8)+0
  mov x0, x21
  blr x12
  mov x0, x20
  b label79
block79:
  mov x0, x20
  add sp, sp, #1472
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldr x27, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label80
block4:
  movz w3, #6
  load_ext_name_far x4, User(userextname1)+0
  mov x0, x26
  mov x1, x19
  blr x4
  cbnz x0, label5 ; b label6
block6:
  b label80
block9:
  b label13
block12:
  b label13
block13:
  ldr x1, [sp]
  movz w2, #0
  load_ext_name_far x5, User(userextname2)+0
  mov x3, x20
  mov x0, x26
  mov x4, x25
  blr x5
  movz x3, #0
  cbnz w0, label14 ; b label15
block17:
  b label28
block19:
  b label28
block24:
  b label28
block28:
  ldr x1, [sp, #8]
  movz w2, #1
  add x3, sp, #88
  load_ext_name_far x11, User(userextname3)+0
  mov x0, x26
  mov x4, x24
  blr x11
  movz x3, #0
  cbnz w0, label29 ; b label30
block32:
  b label36
block35:
  b label36
block36:
  ldr x1, [sp, #16]
  movz w2, #2
  load_ext_name_far x5, User(userextname4)+0
  mov x3, x20
  mov x0, x26
  mov x4, x23
  blr x5
  movz x3, #0
  cbnz w0, label37 ; b label38
block40:
  b label44
block43:
  b label44
block44:
  ldr x1, [sp, #24]
  movz w2, #3
  load_ext_name_far x5, User(userextname5)+0
  mov x3, x20
  mov x0, x26
  mov x4, x22
  blr x5
  movz x3, #0
  cbnz w0, label45 ; b label46
block48:
  b label52
block51:
  b label52
block52:
  ldr x1, [sp, #32]
  movz w2, #4
  load_ext_name_far x5, User(userextname6)+0
  mov x0, x26
  mov x4, x21
  blr x5
  movz x3, #0
  cbnz w0, label53 ; b label54
block56:
  b label60
block59:
  b label60
block60:
  ldr x1, [sp, #40]
  movz w2, #5
  movz x3, #0
  mov x20, x3
  load_ext_name_far x5, User(userextname7)+0
  mov x3, x4
  mov x0, x26
  mov x4, x20
  blr x5
  cbnz w0, label61 ; b label62
block80:
  movz x0, #0
  add sp, sp, #1472
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldr x27, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 1560 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fb 0f 1f f8 f9 6b bf a9
; 0010: f7 63 bf a9 f5 5b bf a9 f3 53 bf a9 ff 03 17 d1
; 0020: fa 03 00 aa 04 00 80 d2 e0 43 02 91 f9 03 00 aa
; 0030: e4 03 09 f8 e0 63 06 91 f8 03 00 aa e4 cf 00 f9
; 0040: e0 83 0a 91 f7 03 00 aa e4 53 01 f9 e0 a3 0e 91
; 0050: f6 03 00 aa e4 d7 01 f9 e0 c3 12 91 f5 03 00 aa
; 0060: e4 5b 02 f9 c0 00 80 d2 e2 c3 00 91 e0 03 03 f8
; 0070: e3 03 00 91 e5 e3 00 91 46 00 00 58 03 00 00 14
; 0080: 00 00 00 00 00 00 00 00 e0 03 1a aa c0 00 3f d6
; 0090: c0 2a 00 35 f3 83 43 f8 e2 03 43 f8 60 06 40 f9
; 00a0: 00 00 40 39 5f 18 00 f1 e1 07 9f 9a 1f 1c 00 72
; 00b0: e0 07 9f 9a 20 00 00 2a 1f 1c 00 72 61 1e 00 54
; 00c0: 73 02 40 f9 e1 03 40 f8 e3 43 01 91 f4 03 03 aa
; 00d0: e3 03 02 91 fb 03 03 aa 44 00 00 58 03 00 00 14
; 00e0: 00 00 00 00 00 00 00 00 e0 03 1a aa e2 03 14 aa
; 00f0: 80 00 3f d6 e0 1d 00 35 e0 03 48 38 1f 1c 00 72
; 0100: 80 1d 00 54 03 00 00 14 f4 03 03 aa aa 00 00 14
; 0110: e1 83 40 f8 e0 03 18 aa 02 20 00 91 03 20 80 d2
; 0120: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0130: e0 03 1a aa e4 03 1b aa a0 00 3f d6 40 1d 00 35
; 0140: e8 03 48 f8 1f f1 03 f1 e2 1c 00 54 e0 03 18 aa
; 0150: 0b 20 00 91 eb 83 05 f8 c8 03 00 b4 64 01 c0 3d
; 0160: 84 98 20 4e 80 04 09 4f 20 40 80 d2 80 00 a1 f2
; 0170: 00 02 c4 f2 00 08 f0 f2 04 0c 08 4e 06 1c 24 4e
; 0180: d0 40 06 6e d0 38 10 4e 10 ba 71 4e 0e 3e 02 0e
; 0190: 24 00 80 52 84 20 c8 1a 84 04 00 51 e5 ff 9f 52
; 01a0: 1f 41 00 f1 85 30 85 9a c5 01 05 0a c5 19 00 35
; 01b0: 6b 41 00 91 07 41 00 d1 1f 41 00 f1 a9 00 00 54
; 01c0: e8 03 07 aa e6 ff ff 17 f4 03 03 aa 7a 00 00 14
; 01d0: e1 03 41 f8 06 00 80 d2 e3 83 01 91 f4 03 03 aa
; 01e0: 4e 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 01f0: e0 03 1a aa e3 03 1b aa e4 03 14 aa e2 03 06 aa
; 0200: e5 03 06 aa c0 01 3f d6 80 18 00 35 e0 03 48 f8
; 0210: 40 18 00 b4 03 00 00 14 f4 03 03 aa 66 00 00 14
; 0220: e1 83 41 f8 06 00 80 d2 e3 a3 01 91 f4 03 03 aa
; 0230: 47 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0240: e0 03 1a aa e3 03 1b aa e4 03 14 aa e2 03 06 aa
; 0250: e5 03 06 aa e0 00 3f d6 a0 17 00 35 e0 03 48 f8
; 0260: 60 17 00 b4 03 00 00 14 f4 03 03 aa 52 00 00 14
; 0270: e1 03 42 f8 f4 c3 01 91 44 00 00 58 03 00 00 14
; 0280: 00 00 00 00 00 00 00 00 e3 03 1b aa e0 03 1a aa
; 0290: e2 03 14 aa 80 00 3f d6 e3 03 14 aa 20 17 00 35
; 02a0: e0 03 48 38 1f 1c 00 72 c0 16 00 54 03 00 00 14
; 02b0: f4 03 03 aa 40 00 00 14 e1 83 42 f8 f4 e3 01 91
; 02c0: 43 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 02d0: e0 03 1a aa e2 03 14 aa 60 00 3f d6 e4 03 14 aa
; 02e0: 80 16 00 35 e0 83 47 fc 00 00 78 9e e0 83 07 f8
; 02f0: 01 3c f8 d2 21 00 67 9e 00 20 61 1e e1 b7 9f 9a
; 0300: 81 18 00 5c 00 20 61 1e e2 87 9f 9a 21 00 02 0a
; 0310: 01 00 62 9e 20 20 60 1e e0 17 9f 9a 20 00 00 0a
; 0320: 01 3c 08 4e 02 00 f0 d2 3f 00 02 eb e1 07 9f 9a
; 0330: 00 00 01 0a 1f 1c 00 72 c0 13 00 54 e0 03 45 f8
; 0340: e1 83 45 f8 e2 03 46 f8 e3 83 46 f8 e4 03 47 f8
; 0350: e5 83 47 b8 54 00 00 58 03 00 00 14 00 00 00 00
; 0360: 00 00 00 00 86 02 40 f9 e7 03 00 b2 c6 00 07 8b
; 0370: 86 02 00 f9 60 02 3f d6 81 02 40 f9 21 04 00 d1
; 0380: 81 02 00 f9 01 00 80 d2 e2 23 02 91 e1 83 08 f8
; 0390: 43 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 03a0: e1 03 00 aa e0 03 1a aa 60 00 3f d6 e0 83 48 f8
; 03b0: f4 03 00 aa e0 03 49 f8 e0 00 00 b4 41 00 00 58
; 03c0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 19 aa
; 03d0: 20 00 3f d6 e0 cf 40 f9 e0 00 00 b4 41 00 00 58
; 03e0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 18 aa
; 03f0: 20 00 3f d6 e2 53 41 f9 e2 00 00 b4 44 00 00 58
; 0400: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 17 aa
; 0410: 80 00 3f d6 e6 d7 41 f9 e6 00 00 b4 48 00 00 58
; 0420: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 16 aa
; 0430: 00 01 3f d6 ea 5b 42 f9 6a 00 00 b5 e0 03 14 aa
; 0440: 08 00 00 14 4c 00 00 58 03 00 00 14 00 00 00 00
; 0450: 00 00 00 00 e0 03 15 aa 80 01 3f d6 e0 03 14 aa
; 0460: e0 03 14 aa ff 03 17 91 f3 53 c1 a8 f5 5b c1 a8
; 0470: f7 63 c1 a8 f9 6b c1 a8 fb 07 41 f8 fd 7b c1 a8
; 0480: c0 03 5f d6 59 00 00 14 c3 00 80 52 44 00 00 58
; 0490: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 1a aa
; 04a0: e1 03 13 aa 80 00 3f d6 c0 e0 ff b5 4f 00 00 14
; 04b0: e1 03 40 f8 02 00 80 52 45 00 00 58 03 00 00 14
; 04c0: 00 00 00 00 00 00 00 00 e3 03 14 aa e0 03 1a aa
; 04d0: e4 03 19 aa a0 00 3f d6 03 00 80 d2 a0 e1 ff 35
; 04e0: 0a ff ff 17 e1 83 40 f8 22 00 80 52 e3 63 01 91
; 04f0: 4b 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0500: e0 03 1a aa e4 03 18 aa 60 01 3f d6 03 00 80 d2
; 0510: 00 e6 ff 35 2d ff ff 17 e1 03 41 f8 42 00 80 52
; 0520: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0530: e3 03 14 aa e0 03 1a aa e4 03 17 aa a0 00 3f d6
; 0540: 03 00 80 d2 e0 e6 ff 35 34 ff ff 17 e1 83 41 f8
; 0550: 62 00 80 52 45 00 00 58 03 00 00 14 00 00 00 00
; 0560: 00 00 00 00 e3 03 14 aa e0 03 1a aa e4 03 16 aa
; 0570: a0 00 3f d6 03 00 80 d2 c0 e7 ff 35 3b ff ff 17
; 0580: e1 03 42 f8 82 00 80 52 45 00 00 58 03 00 00 14
; 0590: 00 00 00 00 00 00 00 00 e0 03 1a aa e4 03 15 aa
; 05a0: a0 00 3f d6 03 00 80 d2 80 e8 ff 35 41 ff ff 17
; 05b0: e1 83 42 f8 a2 00 80 52 03 00 80 d2 f4 03 03 aa
; 05c0: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 05d0: e3 03 04 aa e0 03 1a aa e4 03 14 aa a0 00 3f d6
; 05e0: e0 ea ff 35 74 ff ff 17 00 00 80 d2 ff 03 17 91
; 05f0: f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8 f9 6b c1 a8
; 0600: fb 07 41 f8 fd 7b c1 a8 c0 03 5f d6 00 00 00 00
; 0610: 00 00 c0 ff ff ff df 41
