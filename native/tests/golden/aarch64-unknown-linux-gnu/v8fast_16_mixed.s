; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [v8fast tier]
; u0:0 = jitffi_v8fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x13, x1
  mov x12, x2
  mov x1, x7
  ldr x7, [sp, #32]
  ldr w0, [sp, #40]
  mov x11, v0.d[0]
  subs xzr, x11, #0
  b.lt label2 ; b label1
block1:
  strb w0, [sp]
  mov x2, x3
  mov x3, x4
  mov x4, x5
  mov x5, x6
  mov x6, x1
  mov x1, x12
  mov x0, x13
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  blr x11
  b label3
block2:
  mov x2, x3
  mov x3, x4
  mov x4, x5
  mov x5, x6
  mov x6, x1
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  load_ext_name_far x8, User(userextname0)+0
  ldr x9, [x8]
  orr x10, xzr, #4294967297
  add x9, x9, x10
  str x9, [x8]
  and x8, x11, #9223372036854775807
  strb w0, [sp]
  mov x0, x13
  mov x1, x12
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
; 252 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 43 00 d1 ed 03 01 aa
; 0010: ec 03 02 aa e1 03 07 aa e7 03 42 f8 e0 83 42 b8
; 0020: 0b 3c 08 4e 7f 01 00 f1 4b 02 00 54 e0 03 00 38
; 0030: e2 03 03 aa e3 03 04 aa e4 03 05 aa e5 03 06 aa
; 0040: e6 03 01 aa e1 03 0c aa e0 03 0d aa 20 1c a1 4e
; 0050: 41 1c a2 4e 62 1c a3 4e 83 1c a4 4e a4 1c a5 4e
; 0060: c5 1c a6 4e e6 1c a7 4e 60 01 3f d6 21 00 00 14
; 0070: e2 03 03 aa e3 03 04 aa e4 03 05 aa e5 03 06 aa
; 0080: e6 03 01 aa 20 1c a1 4e 41 1c a2 4e 62 1c a3 4e
; 0090: 83 1c a4 4e a4 1c a5 4e c5 1c a6 4e e6 1c a7 4e
; 00a0: 48 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00b0: 09 01 40 f9 ea 03 00 b2 29 01 0a 8b 09 01 00 f9
; 00c0: 68 f9 40 92 e0 03 00 38 e0 03 0d aa e1 03 0c aa
; 00d0: 00 01 3f d6 40 00 00 58 03 00 00 14 00 00 00 00
; 00e0: 00 00 00 00 01 00 40 f9 21 04 00 d1 01 00 00 f9
; 00f0: ff 43 00 91 fd 7b c1 a8 c0 03 5f d6
