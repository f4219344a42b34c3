; u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function) [v8fast tier]
; u0:0 = jitffi_v8fast_u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function)
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  mov x14, x7
  ldr w7, [sp, #64]
  ldr x11, [sp, #72]
  ldr x13, [sp, #80]
  ldr x8, [sp, #88]
  ldr x9, [sp, #96]
  load_ext_name_far x19, User(userextname0)+0
  ldr x0, [x19]
  orr x10, xzr, #4294967297
  add x0, x0, x10
  str x0, [x19]
  mov x10, v0.d[0]
  sxtb x12, w1
  uxtb w1, w2
  uxtb w2, w3
  sxtb x3, w4
  sxth x4, w5
  uxth w5, w6
  str x11, [sp]
  str x13, [sp, #8]
  str x8, [sp, #16]
  str x9, [sp, #24]
  mov x0, x12
  mov x6, x14
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  blr x10
  ldr x1, [x19]
  sub x1, x1, #1
  str x1, [x19]
  uxth w0, w0
  add sp, sp, #32
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 168 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff 83 00 d1
; 0010: ee 03 07 aa e7 03 44 b8 eb 83 44 f8 ed 03 45 f8
; 0020: e8 83 45 f8 e9 03 46 f8 53 00 00 58 03 00 00 14
; 0030: 00 00 00 00 00 00 00 00 60 02 40 f9 ea 03 00 b2
; 0040: 00 00 0a 8b 60 02 00 f9 0a 3c 08 4e 2c 1c 40 93
; 0050: 41 1c 00 53 62 1c 00 53 83 1c 40 93 a4 3c 40 93
; 0060: c5 3c 00 53 eb 03 00 f8 ed 83 00 f8 e8 03 01 f8
; 0070: e9 83 01 f8 e0 03 0c aa e6 03 0e aa 20 1c a1 4e
; 0080: 41 1c a2 4e 40 01 3f d6 61 02 40 f9 21 04 00 d1
; 0090: 61 02 00 f9 00 3c 00 53 ff 83 00 91 f3 07 41 f8
; 00a0: fd 7b c1 a8 c0 03 5f d6
