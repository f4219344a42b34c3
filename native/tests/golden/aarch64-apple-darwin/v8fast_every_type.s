; u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function) [v8fast tier]
; u0:0 = jitffi_v8fast_u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function)
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  mov x15, x7
  ldr w7, [sp, #48]
  ldr x11, [sp, #56]
  ldr x13, [sp, #64]
  ldr x8, [sp, #72]
  ldr x9, [sp, #80]
  mov x10, v0.d[0]
  subs xzr, x10, #0
  b.lt label2 ; b label1
block1:
  sxtb x0, w1
  uxtb w1, w2
  uxtb w2, w3
  sxtb x3, w4
  sxth x4, w5
  uxth w5, w6
  str x11, [sp]
  str x13, [sp, #8]
  str x8, [sp, #16]
  str x9, [sp, #24]
  mov x6, x15
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  blr x10
  uxth w0, w0
  b label3
block2:
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  load_ext_name_far x0, User(userextname0)+0
  ldr x12, [x0]
  orr x14, xzr, #4294967297
  add x12, x12, x14
  str x12, [x0]
  and x10, x10, #9223372036854775807
  sxtb x0, w1
  uxtb w1, w2
  uxtb w2, w3
  sxtb x3, w4
  sxth x4, w5
  uxth w5, w6
  str x11, [sp]
  str x13, [sp, #8]
  str x8, [sp, #16]
  str x9, [sp, #24]
  mov x6, x15
  blr x10
  load_ext_name_far x1, User(userextname0)+0
  ldr x2, [x1]
  sub x2, x2, #1
  str x2, [x1]
  uxth w0, w0
  b label3
block3:
  add sp, sp, #32
  ldp fp, lr, [sp], #16
  ret
; 248 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 83 00 d1 ef 03 07 aa
; 0010: e7 03 43 b8 eb 83 43 f8 ed 03 44 f8 e8 83 44 f8
; 0020: e9 03 45 f8 0a 3c 08 4e 5f 01 00 f1 2b 02 00 54
; 0030: 20 1c 40 93 41 1c 00 53 62 1c 00 53 83 1c 40 93
; 0040: a4 3c 40 93 c5 3c 00 53 eb 03 00 f8 ed 83 00 f8
; 0050: e8 03 01 f8 e9 83 01 f8 e6 03 0f aa 20 1c a1 4e
; 0060: 41 1c a2 4e 40 01 3f d6 00 3c 00 53 20 00 00 14
; 0070: 20 1c a1 4e 41 1c a2 4e 40 00 00 58 03 00 00 14
; 0080: 00 00 00 00 00 00 00 00 0c 00 40 f9 ee 03 00 b2
; 0090: 8c 01 0e 8b 0c 00 00 f9 4a f9 40 92 20 1c 40 93
; 00a0: 41 1c 00 53 62 1c 00 53 83 1c 40 93 a4 3c 40 93
; 00b0: c5 3c 00 53 eb 03 00 f8 ed 83 00 f8 e8 03 01 f8
; 00c0: e9 83 01 f8 e6 03 0f aa 40 01 3f d6 41 00 00 58
; 00d0: 03 00 00 14 00 00 00 00 00 00 00 00 22 00 40 f9
; 00e0: 42 04 00 d1 22 00 00 f9 00 3c 00 53 ff 83 00 91
; 00f0: fd 7b c1 a8 c0 03 5f d6
