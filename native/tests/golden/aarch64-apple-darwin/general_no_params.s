; i32() [general tier]
; u0:0 = jitffi_general_i32()
; u0:1 = napi_get_cb_info
; u0:2 = jitffi_enter
; u1:0 (userextname2) = jitffi_sync_calls
; u0:3 = napi_create_int32
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #64
  unwind StackAlloc { size: 64 }
block0:
  mov x20, x0
  movz x4, #0
  add x2, sp, #8
  str x4, [sp, #8]
  mov x3, sp
  add x5, sp, #16
  load_ext_name_far x6, User(userextname0)+0
  blr x6
  cbnz w0, label1 ; b label2
block2:
  ldr x19, [sp, #16]
  ldr x2, [sp, #8]
  ldr x0, [x19, #8]
  ldrb w0, [x0]
  subs xzr, x2, #0
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
  ldr x1, [x19]
  b label8
block8:
  load_ext_name_far x19, User(userextname2)+0
  ldr x2, [x19]
  orr x3, xzr, #4294967297
  add x2, x2, x3
  str x2, [x19]
  blr x1
  mov x1, x0
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  movz x0, #0
  add x2, sp, #48
  str x0, [sp, #48]
  load_ext_name_far x3, User(userextname3)+0
  mov x0, x20
  blr x3
  ldr x0, [sp, #48]
  b label9
block9:
  add sp, sp, #64
  ldp x19, x20, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block1:
  b label10
block4:
  movz w3, #0
  load_ext_name_far x4, User(userextname1)+0
  mov x0, x20
  mov x1, x19
  blr x4
  cbnz x0, label5 ; b label6
block6:
  b label10
block10:
  movz x0, #0
  add sp, sp, #64
  ldp x19, x20, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 280 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 53 bf a9 ff 03 01 d1
; 0010: f4 03 00 aa 04 00 80 d2 e2 23 00 91 e4 83 00 f8
; 0020: e3 03 00 91 e5 43 00 91 46 00 00 58 03 00 00 14
; 0030: 00 00 00 00 00 00 00 00 c0 00 3f d6 40 06 00 35
; 0040: f3 03 41 f8 e2 83 40 f8 60 06 40 f9 00 00 40 39
; 0050: 5f 00 00 f1 e1 07 9f 9a 1f 1c 00 72 e0 07 9f 9a
; 0060: 20 00 00 2a 1f 1c 00 72 c1 03 00 54 61 02 40 f9
; 0070: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0080: 62 02 40 f9 e3 03 00 b2 42 00 03 8b 62 02 00 f9
; 0090: 20 00 3f d6 e1 03 00 aa 60 02 40 f9 00 04 00 d1
; 00a0: 60 02 00 f9 00 00 80 d2 e2 c3 00 91 e0 03 03 f8
; 00b0: 43 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00c0: e0 03 14 aa 60 00 3f d6 e0 03 43 f8 ff 03 01 91
; 00d0: f3 53 c1 a8 fd 7b c1 a8 c0 03 5f d6 0a 00 00 14
; 00e0: 03 00 80 52 44 00 00 58 03 00 00 14 00 00 00 00
; 00f0: 00 00 00 00 e0 03 14 aa e1 03 13 aa 80 00 3f d6
; 0100: 60 fb ff b5 00 00 80 d2 ff 03 01 91 f3 53 c1 a8
; 0110: fd 7b c1 a8 c0 03 5f d6
