; i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [fast tier]
; u0:0 = jitffi_fast_i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u1:0 (userextname0) = jitffi_slots
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  stp x19, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p24i }
  sub sp, sp, #48
  unwind StackAlloc { size: 48 }
block0:
  load_ext_name_far x24, User(userextname0)+0
  ldr x15, [x24]
  ldrb w2, [x24, #16]
  ldrb w3, [x24, #24]
  ldrb w4, [x24, #32]
  ldrb w5, [x24, #40]
  ldrh w8, [x24, #48]
  ldrh w9, [x24, #56]
  ldr w6, [x24, #64]
  ldr w7, [x24, #72]
  ldr x10, [x24, #80]
  ldr x11, [x24, #88]
  ldr s0, [x24, #96]
  ldr d1, [x24, #104]
  ldr x12, [x24, #112]
  ldr x13, [x24, #120]
  ldr x14, [x24, #128]
  sxtb x19, w2
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
  mov x0, x19
  blr x15
  strb w0, [x24, #8]
  movz x0, #0
  add sp, sp, #48
  ldp x19, x24, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 172 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 63 bf a9 ff c3 00 d1
; 0010: 58 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: 0f 03 40 f9 02 43 40 39 03 63 40 39 04 83 40 39
; 0030: 05 a3 40 39 08 63 40 79 09 73 40 79 06 43 40 b9
; 0040: 07 4b 40 b9 0a 2b 40 f9 0b 2f 40 f9 00 63 40 bd
; 0050: 01 37 40 fd 0c 3b 40 f9 0d 3f 40 f9 0e 43 40 f9
; 0060: 53 1c 40 93 61 1c 00 53 82 1c 00 53 a3 1c 40 93
; 0070: 04 3d 40 93 25 3d 00 53 ea 03 00 f8 eb 83 00 f8
; 0080: ec 03 01 f8 ed 83 01 f8 ee 03 02 f8 e0 03 13 aa
; 0090: e0 01 3f d6 00 23 00 39 00 00 80 d2 ff c3 00 91
; 00a0: f3 63 c1 a8 fd 7b c1 a8 c0 03 5f d6
