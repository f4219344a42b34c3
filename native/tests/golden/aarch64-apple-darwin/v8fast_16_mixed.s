; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [v8fast tier]
; u0:0 = jitffi_v8fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x12, x1
  mov x11, x2
  mov x10, x5
  mov x1, x7
  ldr x7, [sp, #32]
  ldr w0, [sp, #40]
  mov x9, v0.d[0]
  subs xzr, x9, #0
  b.lt label2 ; b label1
block1:
  uxtb w2, w3
  sxth x3, w4
  sxtb x5, w6
  uxtb w0, w0
  str x0, [sp]
  mov x6, x1
  mov x4, x10
  mov x1, x11
  mov x0, x12
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  blr x9
  b label3
block2:
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  load_ext_name_far x2, User(userextname0)+0
  ldr x5, [x2]
  orr x8, xzr, #4294967297
  add x5, x5, x8
  str x5, [x2]
  and x8, x9, #9223372036854775807
  uxtb w2, w3
  sxth x3, w4
  sxtb x5, w6
  uxtb w0, w0
  str x0, [sp]
  mov x6, x1
  mov x4, x10
  mov x1, x11
  mov x0, x12
  blr x8
  load_ext_name_far x0, User(userextname0)+0
  ldr x1, [x0]
  sub x1, x1, #1
  str x1, [x0]
  b label3
block3:
  add sp, sp, #16
  ldp fp, lr, [sp], #16
  ret
; 264 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 43 00 d1 ec 03 01 aa
; 0010: eb 03 02 aa ea 03 05 aa e1 03 07 aa e7 03 42 f8
; 0020: e0 83 42 b8 09 3c 08 4e 3f 01 00 f1 6b 02 00 54
; 0030: 62 1c 00 53 83 3c 40 93 c5 1c 40 93 00 1c 00 53
; 0040: e0 03 00 f8 e6 03 01 aa e4 03 0a aa e1 03 0b aa
; 0050: e0 03 0c aa 20 1c a1 4e 41 1c a2 4e 62 1c a3 4e
; 0060: 83 1c a4 4e a4 1c a5 4e c5 1c a6 4e e6 1c a7 4e
; 0070: 20 01 3f d6 22 00 00 14 20 1c a1 4e 41 1c a2 4e
; 0080: 62 1c a3 4e 83 1c a4 4e a4 1c a5 4e c5 1c a6 4e
; 0090: e6 1c a7 4e 42 00 00 58 03 00 00 14 00 00 00 00
; 00a0: 00 00 00 00 45 00 40 f9 e8 03 00 b2 a5 00 08 8b
; 00b0: 45 00 00 f9 28 f9 40 92 62 1c 00 53 83 3c 40 93
; 00c0: c5 1c 40 93 00 1c 00 53 e0 03 00 f8 e6 03 01 aa
; 00d0: e4 03 0a aa e1 03 0b aa e0 03 0c aa 00 01 3f d6
; 00e0: 40 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00f0: 01 00 40 f9 21 04 00 d1 01 00 00 f9 ff 43 00 91
; 0100: fd 7b c1 a8 c0 03 5f d6
