; i32(buffer,u64) errno [general tier]
; u0:0 = jitffi_general_i32(buffer,u64) errno
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_buffer
; u0:4 = jitffi_arg_u64
; u0:5 = jitffi_release_scratch
; u0:6 = jitffi_errno_before
; u0:7 = jitffi_errno_after
; u0:8 = napi_get_typedarray_info
; u0:9 = napi_get_value_bigint_uint64
; u0:10 = napi_create_int32
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  str x25, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p25i }
  stp x23, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p23i }
  unwind SaveReg { clobber_offset: 40, reg: p24i }
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
  movz x6, #0
  add x3, sp, #64
  mov x23, x3
  add x3, sp, #48
  mov x20, x3
  load_ext_name_far x7, User(userextname7)+0
  mov x0, x22
  mov x3, x23
  mov x4, x20
  mov x2, x6
  mov x5, x6
  blr x7
  cbnz w0, label9 ; b label10
block10:
  ldr x9, [sp, #64]
  cbnz x9, label11 ; b label12
block11:
  b label16
block14:
  b label16
block15:
  mov x20, x3
  b label25
block16:
  ldr x1, [sp, #8]
  add x20, sp, #56
  load_ext_name_far x15, User(userextname8)+0
  mov x3, x23
  mov x0, x22
  mov x2, x20
  blr x15
  mov x7, x20
  cbnz w0, label17 ; b label18
block18:
  ldrb w0, [sp, #64]
  ands wzr, w0, #255
  b.ne label19 ; b label20
block19:
  b label24
block22:
  b label24
block23:
  b label25
block24:
  ldr x24, [sp, #48]
  ldr x25, [sp, #56]
  load_ext_name_far x0, User(userextname5)+0
  blr x0
  mov x0, x24
  mov x1, x25
  blr x19
  mov x19, x0
  load_ext_name_far x0, User(userextname6)+0
  blr x0
  movz x0, #0
  add x2, sp, #72
  str x0, [sp, #72]
  load_ext_name_far x3, User(userextname9)+0
  mov x0, x22
  mov x1, x19
  blr x3
  ldr x0, [sp, #72]
  mov x20, x0
  b label25
block25:
  ldr x0, [sp, #80]
  cbnz x0, label27 ; b label26
block26:
  mov x0, x20
  b label28
block27:
  load_ext_name_far x1, User(userextname4)+0
  mov x0, x21
  blr x1
  mov x0, x20
  b label28
block28:
  mov x0, x20
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldr x25, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label29
block4:
  movz w3, #2
  load_ext_name_far x4, User(userextname1)+0
  mov x0, x22
  mov x1, x19
  blr x4
  cbnz x0, label5 ; b label6
block6:
  b label29
block9:
  b label13
block12:
  b label13
block13:
  ldr x1, [sp]
  movz w2, #0
  load_ext_name_far x12, User(userextname2)+0
  mov x3, x20
  mov x0, x22
  mov x4, x21
  blr x12
  movz x3, #0
  cbnz w0, label14 ; b label15
block17:
  b label21
block20:
  b label21
block21:
  ldr x1, [sp, #8]
  movz w2, #1
  movz x3, #0
  mov x20, x3
  load_ext_name_far x5, User(userextname3)+0
  mov x3, x7
  mov x0, x22
  mov x4, x20
  blr x5
  cbnz w0, label22 ; b label23
block29:
  movz x0, #0
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldr x25, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 664 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f9 0f 1f f8 f7 63 bf a9
; 0010: f5 5b bf a9 f3 53 bf a9 ff 83 05 d1 f6 03 00 aa
; 0020: 04 00 80 d2 e0 43 01 91 f5 03 00 aa e4 03 05 f8
; 0030: 40 00 80 d2 e2 43 00 91 e0 03 01 f8 e3 03 00 91
; 0040: e5 63 00 91 46 00 00 58 03 00 00 14 00 00 00 00
; 0050: 00 00 00 00 e0 03 16 aa c0 00 3f d6 e0 10 00 35
; 0060: f3 83 41 f8 e2 03 41 f8 60 06 40 f9 00 00 40 39
; 0070: 5f 08 00 f1 e1 07 9f 9a 1f 1c 00 72 e0 07 9f 9a
; 0080: 20 00 00 2a 1f 1c 00 72 e1 0a 00 54 73 02 40 f9
; 0090: e1 03 40 f8 06 00 80 d2 e3 03 01 91 f7 03 03 aa
; 00a0: e3 c3 00 91 f4 03 03 aa 47 00 00 58 03 00 00 14
; 00b0: 00 00 00 00 00 00 00 00 e0 03 16 aa e3 03 17 aa
; 00c0: e4 03 14 aa e2 03 06 aa e5 03 06 aa e0 00 3f d6
; 00d0: e0 09 00 35 e9 03 44 f8 a9 09 00 b4 03 00 00 14
; 00e0: f4 03 03 aa 2c 00 00 14 e1 83 40 f8 f4 e3 00 91
; 00f0: 4f 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0100: e3 03 17 aa e0 03 16 aa e2 03 14 aa e0 01 3f d6
; 0110: e7 03 14 aa 60 09 00 35 e0 03 44 38 1f 1c 00 72
; 0120: 00 09 00 54 f8 03 43 f8 f9 83 43 f8 40 00 00 58
; 0130: 03 00 00 14 00 00 00 00 00 00 00 00 00 00 3f d6
; 0140: e0 03 18 aa e1 03 19 aa 60 02 3f d6 f3 03 00 aa
; 0150: 40 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0160: 00 00 3f d6 00 00 80 d2 e2 23 01 91 e0 83 04 f8
; 0170: 43 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0180: e0 03 16 aa e1 03 13 aa 60 00 3f d6 e0 83 44 f8
; 0190: f4 03 00 aa e0 03 45 f8 60 00 00 b5 e0 03 14 aa
; 01a0: 08 00 00 14 41 00 00 58 03 00 00 14 00 00 00 00
; 01b0: 00 00 00 00 e0 03 15 aa 20 00 3f d6 e0 03 14 aa
; 01c0: e0 03 14 aa ff 83 05 91 f3 53 c1 a8 f5 5b c1 a8
; 01d0: f7 63 c1 a8 f9 07 41 f8 fd 7b c1 a8 c0 03 5f d6
; 01e0: 26 00 00 14 43 00 80 52 44 00 00 58 03 00 00 14
; 01f0: 00 00 00 00 00 00 00 00 e0 03 16 aa e1 03 13 aa
; 0200: 80 00 3f d6 40 f4 ff b5 1c 00 00 14 e1 03 40 f8
; 0210: 02 00 80 52 4c 00 00 58 03 00 00 14 00 00 00 00
; 0220: 00 00 00 00 e3 03 14 aa e0 03 16 aa e4 03 15 aa
; 0230: 80 01 3f d6 03 00 80 d2 80 f5 ff 35 a9 ff ff 17
; 0240: e1 83 40 f8 22 00 80 52 03 00 80 d2 f4 03 03 aa
; 0250: 45 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0260: e3 03 07 aa e0 03 16 aa e4 03 14 aa a0 00 3f d6
; 0270: a0 f5 ff 35 c8 ff ff 17 00 00 80 d2 ff 83 05 91
; 0280: f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8 f9 07 41 f8
; 0290: fd 7b c1 a8 c0 03 5f d6
