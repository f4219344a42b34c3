; i32(buffer,u64) errno [general tier]
; u0:0 = jitffi_general_i32(buffer,u64) errno
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u0:3 = jitffi_arg_buffer
; u0:4 = jitffi_arg_u64
; u0:5 = jitffi_release_scratch
; u1:0 (userextname5) = jitffi_sync_calls
; u0:6 = jitffi_errno_before
; u0:7 = jitffi_errno_after
; u0:8 = napi_get_typedarray_info
; u0:9 = napi_get_value_bigint_uint64
; u0:10 = napi_create_int32
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
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
  mov x24, x0
  movz x4, #0
  add x0, sp, #80
  mov x23, x0
  str x4, [sp, #80]
  movz x3, #2
  add x2, sp, #16
  str x3, [sp, #16]
  mov x3, sp
  add x5, sp, #24
  load_ext_name_far x6, User(userextname0)+0
  mov x0, x24
  blr x6
  cbnz w0, label1 ; b label2
block2:
  ldr x19, [sp, #24]
  ldr x2, [sp, #16]
  ldr x4, [x19, #8]
  ldrb w4, [x4]
  subs xzr, x2, #2
  cset x5, ne
  ands wzr, w4, #255
  cset x6, ne
  orr w6, w5, w6
  ands wzr, w6, #255
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
  mov x20, x3
  add x3, sp, #48
  mov x21, x3
  load_ext_name_far x13, User(userextname8)+0
  mov x0, x24
  mov x3, x20
  mov x4, x21
  mov x2, x6
  mov x5, x6
  blr x13
  cbnz w0, label9 ; b label10
block10:
  ldr x15, [sp, #64]
  cbnz x15, label11 ; b label12
block11:
  b label16
block14:
  b label16
block15:
  mov x20, x3
  b label25
block16:
  ldr x1, [sp, #8]
  add x21, sp, #56
  load_ext_name_far x4, User(userextname9)+0
  mov x3, x20
  mov x0, x24
  mov x2, x21
  blr x4
  mov x13, x21
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
  ldr x21, [sp, #48]
  ldr x22, [sp, #56]
  load_ext_name_far x20, User(userextname5)+0
  ldr x0, [x20]
  orr x1, xzr, #4294967297
  add x0, x0, x1
  str x0, [x20]
  load_ext_name_far x0, User(userextname6)+0
  blr x0
  mov x0, x21
  mov x1, x22
  blr x19
  mov x19, x0
  load_ext_name_far x0, User(userextname7)+0
  blr x0
  ldr x0, [x20]
  sub x0, x0, #1
  str x0, [x20]
  movz x0, #0
  add x2, sp, #72
  str x0, [sp, #72]
  load_ext_name_far x3, User(userextname10)+0
  mov x0, x24
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
  mov x0, x23
  blr x1
  mov x0, x20
  b label28
block28:
  mov x0, x20
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label29
block4:
  movz w3, #2
  load_ext_name_far x9, User(userextname1)+0
  mov x0, x24
  mov x1, x19
  blr x9
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
  load_ext_name_far x5, User(userextname2)+0
  mov x3, x21
  mov x0, x24
  mov x4, x23
  blr x5
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
  mov x3, x13
  mov x0, x24
  mov x4, x20
  blr x5
  cbnz w0, label22 ; b label23
block29:
  movz x0, #0
  add sp, sp, #352
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 696 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f7 63 bf a9 f5 5b bf a9
; 0010: f3 53 bf a9 ff 83 05 d1 f8 03 00 aa 04 00 80 d2
; 0020: e0 43 01 91 f7 03 00 aa e4 03 05 f8 43 00 80 d2
; 0030: e2 43 00 91 e3 03 01 f8 e3 03 00 91 e5 63 00 91
; 0040: 46 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0050: e0 03 18 aa c0 00 3f d6 20 12 00 35 f3 83 41 f8
; 0060: e2 03 41 f8 64 06 40 f9 84 00 40 39 5f 08 00 f1
; 0070: e5 07 9f 9a 9f 1c 00 72 e6 07 9f 9a a6 00 06 2a
; 0080: df 1c 00 72 21 0c 00 54 73 02 40 f9 e1 03 40 f8
; 0090: 06 00 80 d2 e3 03 01 91 f4 03 03 aa e3 c3 00 91
; 00a0: f5 03 03 aa 4d 00 00 58 03 00 00 14 00 00 00 00
; 00b0: 00 00 00 00 e0 03 18 aa e3 03 14 aa e4 03 15 aa
; 00c0: e2 03 06 aa e5 03 06 aa a0 01 3f d6 20 0b 00 35
; 00d0: ef 03 44 f8 ef 0a 00 b4 03 00 00 14 f4 03 03 aa
; 00e0: 37 00 00 14 e1 83 40 f8 f5 e3 00 91 44 00 00 58
; 00f0: 03 00 00 14 00 00 00 00 00 00 00 00 e3 03 14 aa
; 0100: e0 03 18 aa e2 03 15 aa 80 00 3f d6 ed 03 15 aa
; 0110: a0 0a 00 35 e0 03 44 38 1f 1c 00 72 40 0a 00 54
; 0120: f5 03 43 f8 f6 83 43 f8 54 00 00 58 03 00 00 14
; 0130: 00 00 00 00 00 00 00 00 80 02 40 f9 e1 03 00 b2
; 0140: 00 00 01 8b 80 02 00 f9 40 00 00 58 03 00 00 14
; 0150: 00 00 00 00 00 00 00 00 00 00 3f d6 e0 03 15 aa
; 0160: e1 03 16 aa 60 02 3f d6 f3 03 00 aa 40 00 00 58
; 0170: 03 00 00 14 00 00 00 00 00 00 00 00 00 00 3f d6
; 0180: 80 02 40 f9 00 04 00 d1 80 02 00 f9 00 00 80 d2
; 0190: e2 23 01 91 e0 83 04 f8 43 00 00 58 03 00 00 14
; 01a0: 00 00 00 00 00 00 00 00 e0 03 18 aa e1 03 13 aa
; 01b0: 60 00 3f d6 e0 83 44 f8 f4 03 00 aa e0 03 45 f8
; 01c0: 60 00 00 b5 e0 03 14 aa 08 00 00 14 41 00 00 58
; 01d0: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 17 aa
; 01e0: 20 00 3f d6 e0 03 14 aa e0 03 14 aa ff 83 05 91
; 01f0: f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8 fd 7b c1 a8
; 0200: c0 03 5f d6 26 00 00 14 43 00 80 52 49 00 00 58
; 0210: 03 00 00 14 00 00 00 00 00 00 00 00 e0 03 18 aa
; 0220: e1 03 13 aa 20 01 3f d6 00 f3 ff b5 1c 00 00 14
; 0230: e1 03 40 f8 02 00 80 52 45 00 00 58 03 00 00 14
; 0240: 00 00 00 00 00 00 00 00 e3 03 15 aa e0 03 18 aa
; 0250: e4 03 17 aa a0 00 3f d6 03 00 80 d2 40 f4 ff 35
; 0260: 9f ff ff 17 e1 83 40 f8 22 00 80 52 03 00 80 d2
; 0270: f4 03 03 aa 45 00 00 58 03 00 00 14 00 00 00 00
; 0280: 00 00 00 00 e3 03 0d aa e0 03 18 aa e4 03 14 aa
; 0290: a0 00 3f d6 60 f4 ff 35 c9 ff ff 17 00 00 80 d2
; 02a0: ff 83 05 91 f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8
; 02b0: fd 7b c1 a8 c0 03 5f d6
