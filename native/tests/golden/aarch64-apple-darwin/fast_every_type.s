; i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [fast tier]
; u0:0 = jitffi_fast_i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  stp x21, x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p26i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #48
  unwind StackAlloc { size: 48 }
block0:
  load_ext_name_far x21, User(userextname0)+0
  ldr x15, [x21]
  ldrb w2, [x21, #16]
  ldrb w3, [x21, #24]
  ldrb w4, [x21, #32]
  ldrb w5, [x21, #40]
  ldrh w8, [x21, #48]
  ldrh w9, [x21, #56]
  ldr w6, [x21, #64]
  ldr w7, [x21, #72]
  ldr x10, [x21, #80]
  ldr x11, [x21, #88]
  ldr s0, [x21, #96]
  ldr d1, [x21, #104]
  ldr x12, [x21, #112]
  ldr x13, [x21, #120]
  ldr x14, [x21, #128]
  load_ext_name_far x19, User(userextname1)+0
  ldr x1, [x19]
  orr x20, xzr, #4294967297
  add x1, x1, x20
  str x1, [x19]
  sxtb x26, w2
  uxtb w1, w3
  uxtb w2, w4
  sxtb x3, w5
  sxth x4, w8
  uxth w5, w9
  str x10, [sp]
  str x11, [sp, #8]
  str x12, [sp, #16]
  str x13, [sp, #24]
  str x14, [sp, #32]
  mov x0, x26
  blr x15
  strb w0, [x21, #8]
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  movz x0, #0
  add sp, sp, #48
  ldp x19, x20, [sp], #16
  ldp x21, x26, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 224 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f5 6b bf a9 f3 53 bf a9
; 0010: ff c3 00 d1 55 00 00 58 03 00 00 14 00 00 00 00
; 0020: 00 00 00 00 af 02 40 f9 a2 42 40 39 a3 62 40 39
; 0030: a4 82 40 39 a5 a2 40 39 a8 62 40 79 a9 72 40 79
; 0040: a6 42 40 b9 a7 4a 40 b9 aa 2a 40 f9 ab 2e 40 f9
; 0050: a0 62 40 bd a1 36 40 fd ac 3a 40 f9 ad 3e 40 f9
; 0060: ae 42 40 f9 53 00 00 58 03 00 00 14 00 00 00 00
; 0070: 00 00 00 00 61 02 40 f9 f4 03 00 b2 21 00 14 8b
; 0080: 61 02 00 f9 5a 1c 40 93 61 1c 00 53 82 1c 00 53
; 0090: a3 1c 40 93 04 3d 40 93 25 3d 00 53 ea 03 00 f8
; 00a0: eb 83 00 f8 ec 03 01 f8 ed 83 01 f8 ee 03 02 f8
; 00b0: e0 03 1a aa e0 01 3f d6 a0 22 00 39 60 02 40 f9
; 00c0: 00 04 00 d1 60 02 00 f9 00 00 80 d2 ff c3 00 91
; 00d0: f3 53 c1 a8 f5 6b c1 a8 fd 7b c1 a8 c0 03 5f d6
