; i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [fast tier]
; u0:0 = jitffi_fast_i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  str x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p26i }
  stp x24, x25, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p24i }
  unwind SaveReg { clobber_offset: 8, reg: p25i }
  sub sp, sp, #48
  unwind StackAlloc { size: 48 }
block0:
  load_ext_name_far x26, User(userextname0)+0
  ldr x9, [x26]
  ldrb w8, [x26, #16]
  ldrb w1, [x26, #24]
  ldrb w2, [x26, #32]
  ldrb w3, [x26, #40]
  ldrh w4, [x26, #48]
  ldrh w5, [x26, #56]
  ldr w6, [x26, #64]
  ldr w7, [x26, #72]
  ldr x10, [x26, #80]
  ldr x11, [x26, #88]
  ldr s0, [x26, #96]
  ldr d1, [x26, #104]
  ldr x12, [x26, #112]
  ldr x13, [x26, #120]
  ldr x14, [x26, #128]
  load_ext_name_far x24, User(userextname1)+0
  ldr x15, [x24]
  orr x25, xzr, #4294967297
  add x15, x15, x25
  str x15, [x24]
  str x10, [sp]
  str x11, [sp, #8]
  str x12, [sp, #16]
  str x13, [sp, #24]
  str x14, [sp, #32]
  mov x0, x8
  blr x9
  strb w0, [x26, #8]
  ldr x0, [x24]
  sub x0, x0, #1
  str x0, [x24]
  movz x0, #0
  add sp, sp, #48
  ldp x24, x25, [sp], #16
  ldr x26, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 200 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fa 0f 1f f8 f8 67 bf a9
; 0010: ff c3 00 d1 5a 00 00 58 03 00 00 14 00 00 00 00
; 0020: 00 00 00 00 49 03 40 f9 48 43 40 39 41 63 40 39
; 0030: 42 83 40 39 43 a3 40 39 44 63 40 79 45 73 40 79
; 0040: 46 43 40 b9 47 4b 40 b9 4a 2b 40 f9 4b 2f 40 f9
; 0050: 40 63 40 bd 41 37 40 fd 4c 3b 40 f9 4d 3f 40 f9
; 0060: 4e 43 40 f9 58 00 00 58 03 00 00 14 00 00 00 00
; 0070: 00 00 00 00 0f 03 40 f9 f9 03 00 b2 ef 01 19 8b
; 0080: 0f 03 00 f9 ea 03 00 f8 eb 83 00 f8 ec 03 01 f8
; 0090: ed 83 01 f8 ee 03 02 f8 e0 03 08 aa 20 01 3f d6
; 00a0: 40 23 00 39 00 03 40 f9 00 04 00 d1 00 03 00 f9
; 00b0: 00 00 80 d2 ff c3 00 91 f8 67 c1 a8 fa 07 41 f8
; 00c0: fd 7b c1 a8 c0 03 5f d6
