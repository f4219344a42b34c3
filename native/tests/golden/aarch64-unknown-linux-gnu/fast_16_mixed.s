; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [fast tier]
; u0:0 = jitffi_fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  stp x25, x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p25i }
  unwind SaveReg { clobber_offset: 8, reg: p26i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  load_ext_name_far x25, User(userextname0)+0
  ldr x8, [x25]
  ldr w0, [x25, #16]
  ldr d0, [x25, #24]
  ldr x1, [x25, #32]
  ldr d1, [x25, #40]
  ldrb w2, [x25, #48]
  ldr s2, [x25, #56]
  ldrh w3, [x25, #64]
  ldr d3, [x25, #72]
  ldr w4, [x25, #80]
  ldr d4, [x25, #88]
  ldrb w5, [x25, #96]
  ldr s5, [x25, #104]
  ldr x6, [x25, #112]
  ldr d6, [x25, #120]
  ldr x7, [x25, #128]
  ldrb w9, [x25, #136]
  load_ext_name_far x26, User(userextname1)+0
  ldr x10, [x26]
  orr x11, xzr, #4294967297
  add x10, x10, x11
  str x10, [x26]
  strb w9, [sp]
  blr x8
  str d0, [x25, #8]
  ldr x0, [x26]
  sub x0, x0, #1
  str x0, [x26]
  movz x0, #0
  add sp, sp, #16
  ldp x25, x26, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 176 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f9 6b bf a9 ff 43 00 d1
; 0010: 59 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: 28 03 40 f9 20 13 40 b9 20 0f 40 fd 21 13 40 f9
; 0030: 21 17 40 fd 22 c3 40 39 22 3b 40 bd 23 83 40 79
; 0040: 23 27 40 fd 24 53 40 b9 24 2f 40 fd 25 83 41 39
; 0050: 25 6b 40 bd 26 3b 40 f9 26 3f 40 fd 27 43 40 f9
; 0060: 29 23 42 39 5a 00 00 58 03 00 00 14 00 00 00 00
; 0070: 00 00 00 00 4a 03 40 f9 eb 03 00 b2 4a 01 0b 8b
; 0080: 4a 03 00 f9 e9 03 00 38 00 01 3f d6 20 07 00 fd
; 0090: 40 03 40 f9 00 04 00 d1 40 03 00 f9 00 00 80 d2
; 00a0: ff 43 00 91 f9 6b c1 a8 fd 7b c1 a8 c0 03 5f d6
