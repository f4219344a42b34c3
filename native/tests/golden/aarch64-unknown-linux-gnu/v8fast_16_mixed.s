; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [v8fast tier]
; u0:0 = jitffi_v8fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x27, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p27i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  mov x10, x7
  ldr x7, [sp, #48]
  ldr w0, [sp, #56]
  load_ext_name_far x27, User(userextname0)+0
  ldr x8, [x27]
  orr x9, xzr, #4294967297
  add x8, x8, x9
  str x8, [x27]
  mov x8, v0.d[0]
  strb w0, [sp]
  mov x0, x1
  mov x1, x2
  mov x2, x3
  mov x3, x4
  mov x4, x5
  mov x5, x6
  mov x6, x10
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  mov v2.16b, v3.16b
  mov v3.16b, v4.16b
  mov v4.16b, v5.16b
  mov v5.16b, v6.16b
  mov v6.16b, v7.16b
  blr x8
  ldr x0, [x27]
  sub x0, x0, #1
  str x0, [x27]
  add sp, sp, #16
  ldr x27, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 156 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fb 0f 1f f8 ff 43 00 d1
; 0010: ea 03 07 aa e7 03 43 f8 e0 83 43 b8 5b 00 00 58
; 0020: 03 00 00 14 00 00 00 00 00 00 00 00 68 03 40 f9
; 0030: e9 03 00 b2 08 01 09 8b 68 03 00 f9 08 3c 08 4e
; 0040: e0 03 00 38 e0 03 01 aa e1 03 02 aa e2 03 03 aa
; 0050: e3 03 04 aa e4 03 05 aa e5 03 06 aa e6 03 0a aa
; 0060: 20 1c a1 4e 41 1c a2 4e 62 1c a3 4e 83 1c a4 4e
; 0070: a4 1c a5 4e c5 1c a6 4e e6 1c a7 4e 00 01 3f d6
; 0080: 60 03 40 f9 00 04 00 d1 60 03 00 f9 ff 43 00 91
; 0090: fb 07 41 f8 fd 7b c1 a8 c0 03 5f d6
