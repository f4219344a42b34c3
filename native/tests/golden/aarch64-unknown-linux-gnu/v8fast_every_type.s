; u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function) [v8fast tier]
; u0:0 = jitffi_v8fast_u16(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,function)
; u1:0 (userextname0) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  mov x19, x1
  mov x15, x2
  mov x14, x3
  mov x2, x7
  ldr w7, [sp, #64]
  ldr x11, [sp, #72]
  ldr x13, [sp, #80]
  ldr x1, [sp, #88]
  ldr x0, [sp, #96]
  mov x12, v0.d[0]
  subs xzr, x12, #0
  b.lt label2 ; b label1
block1:
  str x11, [sp]
  str x13, [sp, #8]
  str x1, [sp, #16]
  str x0, [sp, #24]
  mov x3, x4
  mov x4, x5
  mov x5, x6
  mov x6, x2
  mov x2, x14
  mov x1, x15
  mov x0, x19
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  blr x12
  uxth w0, w0
  b label3
block2:
  mov x3, x4
  mov x4, x5
  mov x5, x6
  mov x6, x2
  mov v0.16b, v1.16b
  mov v1.16b, v2.16b
  load_ext_name_far x8, User(userextname0)+0
  ldr x9, [x8]
  orr x10, xzr, #4294967297
  add x9, x9, x10
  str x9, [x8]
  and x8, x12, #9223372036854775807
  str x11, [sp]
  str x13, [sp, #8]
  str x1, [sp, #16]
  str x0, [sp, #24]
  mov x0, x19
  mov x1, x15
  mov x2, x14
  blr x8
  load_ext_name_far x1, User(userextname0)+0
  ldr x2, [x1]
  sub x2, x2, #1
  str x2, [x1]
  uxth w0, w0
  b label3
block3:
  add sp, sp, #32
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 268 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff 83 00 d1
; 0010: f3 03 01 aa ef 03 02 aa ee 03 03 aa e2 03 07 aa
; 0020: e7 03 44 b8 eb 83 44 f8 ed 03 45 f8 e1 83 45 f8
; 0030: e0 03 46 f8 0c 3c 08 4e 9f 01 00 f1 2b 02 00 54
; 0040: eb 03 00 f8 ed 83 00 f8 e1 03 01 f8 e0 83 01 f8
; 0050: e3 03 04 aa e4 03 05 aa e5 03 06 aa e6 03 02 aa
; 0060: e2 03 0e aa e1 03 0f aa e0 03 13 aa 20 1c a1 4e
; 0070: 41 1c a2 4e 80 01 3f d6 00 3c 00 53 20 00 00 14
; 0080: e3 03 04 aa e4 03 05 aa e5 03 06 aa e6 03 02 aa
; 0090: 20 1c a1 4e 41 1c a2 4e 48 00 00 58 03 00 00 14
; 00a0: 00 00 00 00 00 00 00 00 09 01 40 f9 ea 03 00 b2
; 00b0: 29 01 0a 8b 09 01 00 f9 88 f9 40 92 eb 03 00 f8
; 00c0: ed 83 00 f8 e1 03 01 f8 e0 83 01 f8 e0 03 13 aa
; 00d0: e1 03 0f aa e2 03 0e aa 00 01 3f d6 41 00 00 58
; 00e0: 03 00 00 14 00 00 00 00 00 00 00 00 22 00 40 f9
; 00f0: 42 04 00 d1 22 00 00 f9 00 3c 00 53 ff 83 00 91
; 0100: f3 07 41 f8 fd 7b c1 a8 c0 03 5f d6
