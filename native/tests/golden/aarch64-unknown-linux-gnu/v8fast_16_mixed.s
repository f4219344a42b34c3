; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [v8fast tier]
; u0:0 = jitffi_v8fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x12, x1
  mov x11, x2
  mov x1, x7
  ldr x7, [sp, #48]
  ldr w0, [sp, #56]
  mov x10, v0.d[0]
  subs xzr, x10, #0
  b.lt label2 ; b label1
block1:
  strb w0, [sp]
  mov x2, x3
  mov x3, x4
  mov x4, x5
  mov x5, x6
  mov x6, x1
  mov x1, x11
  mov x0, x12
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  blr x10
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
  load_ext_name_far x19, User(userextname0)+0
  ldr x8, [x19]
  orr x9, xzr, #4294967297
  add x8, x8, x9
  str x8, [x19]
  and x8, x10, #9223372036854775807
  strb w0, [sp]
  mov x0, x12
  mov x1, x11
  blr x8
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  b label3
block3:
  add sp, sp, #16
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 244 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff 43 00 d1
; 0010: ec 03 01 aa eb 03 02 aa e1 03 07 aa e7 03 43 f8
; 0020: e0 83 43 b8 0a 3c 08 4e 5f 01 00 f1 4b 02 00 54
; 0030: e0 03 00 38 e2 03 03 aa e3 03 04 aa e4 03 05 aa
; 0040: e5 03 06 aa e6 03 01 aa e1 03 0b aa e0 03 0c aa
; 0050: 20 1c a1 4e 41 1c a2 4e 62 1c a3 4e 83 1c a4 4e
; 0060: a4 1c a5 4e c5 1c a6 4e e6 1c a7 4e 40 01 3f d6
; 0070: 1d 00 00 14 e2 03 03 aa e3 03 04 aa e4 03 05 aa
; 0080: e5 03 06 aa e6 03 01 aa 20 1c a1 4e 41 1c a2 4e
; 0090: 62 1c a3 4e 83 1c a4 4e a4 1c a5 4e c5 1c a6 4e
; 00a0: e6 1c a7 4e 53 00 00 58 03 00 00 14 00 00 00 00
; 00b0: 00 00 00 00 68 02 40 f9 e9 03 00 b2 08 01 09 8b
; 00c0: 68 02 00 f9 48 f9 40 92 e0 03 00 38 e0 03 0c aa
; 00d0: e1 03 0b aa 00 01 3f d6 60 02 40 f9 00 04 00 d1
; 00e0: 60 02 00 f9 ff 43 00 91 f3 07 41 f8 fd 7b c1 a8
; 00f0: c0 03 5f d6
