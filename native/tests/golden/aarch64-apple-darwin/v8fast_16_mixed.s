; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [v8fast tier]
; u0:0 = jitffi_v8fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x11, x1
  mov x10, x2
  mov x9, x5
  mov x1, x7
  ldr x7, [sp, #48]
  ldr w0, [sp, #56]
  mov x8, v0.d[0]
  subs xzr, x8, #0
  b.lt label2 ; b label1
block1:
  uxtb w2, w3
  sxth x3, w4
  sxtb x5, w6
  uxtb w0, w0
  str x0, [sp]
  mov x6, x1
  mov x4, x9
  mov x1, x10
  mov x0, x11
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  blr x8
  b label3
block2:
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  load_ext_name_far x19, User(userextname0)+0
  ldr x2, [x19]
  orr x5, xzr, #4294967297
  add x2, x2, x5
  str x2, [x19]
  and x8, x8, #9223372036854775807
  uxtb w2, w3
  sxth x3, w4
  sxtb x5, w6
  uxtb w0, w0
  str x0, [sp]
  mov x6, x1
  mov x4, x9
  mov x1, x10
  mov x0, x11
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
; 256 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff 43 00 d1
; 0010: eb 03 01 aa ea 03 02 aa e9 03 05 aa e1 03 07 aa
; 0020: e7 03 43 f8 e0 83 43 b8 08 3c 08 4e 1f 01 00 f1
; 0030: 6b 02 00 54 62 1c 00 53 83 3c 40 93 c5 1c 40 93
; 0040: 00 1c 00 53 e0 03 00 f8 e6 03 01 aa e4 03 09 aa
; 0050: e1 03 0a aa e0 03 0b aa 20 1c a1 4e 41 1c a2 4e
; 0060: 62 1c a3 4e 83 1c a4 4e a4 1c a5 4e c5 1c a6 4e
; 0070: e6 1c a7 4e 00 01 3f d6 1e 00 00 14 20 1c a1 4e
; 0080: 41 1c a2 4e 62 1c a3 4e 83 1c a4 4e a4 1c a5 4e
; 0090: c5 1c a6 4e e6 1c a7 4e 53 00 00 58 03 00 00 14
; 00a0: 00 00 00 00 00 00 00 00 62 02 40 f9 e5 03 00 b2
; 00b0: 42 00 05 8b 62 02 00 f9 08 f9 40 92 62 1c 00 53
; 00c0: 83 3c 40 93 c5 1c 40 93 00 1c 00 53 e0 03 00 f8
; 00d0: e6 03 01 aa e4 03 09 aa e1 03 0a aa e0 03 0b aa
; 00e0: 00 01 3f d6 60 02 40 f9 00 04 00 d1 60 02 00 f9
; 00f0: ff 43 00 91 f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6
