; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [fast tier]
; u0:0 = jitffi_fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_slots
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x23, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p23i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  load_ext_name_far x23, User(userextname0)+0
  ldr x9, [x23]
  ldr w0, [x23, #16]
  ldr d0, [x23, #24]
  ldr x1, [x23, #32]
  ldr d1, [x23, #40]
  ldrb w3, [x23, #48]
  ldr s2, [x23, #56]
  ldrh w5, [x23, #64]
  ldr d3, [x23, #72]
  ldr w4, [x23, #80]
  ldr d4, [x23, #88]
  ldrb w8, [x23, #96]
  ldr s5, [x23, #104]
  ldr x6, [x23, #112]
  ldr d6, [x23, #120]
  ldr x7, [x23, #128]
  ldrb w10, [x23, #136]
  uxtb w2, w3
  sxth x3, w5
  sxtb x5, w8
  uxtb w8, w10
  str x8, [sp]
  blr x9
  str d0, [x23, #8]
  movz x0, #0
  add sp, sp, #16
  ldr x23, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 148 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f7 0f 1f f8 ff 43 00 d1
; 0010: 57 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: e9 02 40 f9 e0 12 40 b9 e0 0e 40 fd e1 12 40 f9
; 0030: e1 16 40 fd e3 c2 40 39 e2 3a 40 bd e5 82 40 79
; 0040: e3 26 40 fd e4 52 40 b9 e4 2e 40 fd e8 82 41 39
; 0050: e5 6a 40 bd e6 3a 40 f9 e6 3e 40 fd e7 42 40 f9
; 0060: ea 22 42 39 62 1c 00 53 a3 3c 40 93 05 1d 40 93
; 0070: 48 1d 00 53 e8 03 00 f8 20 01 3f d6 e0 06 00 fd
; 0080: 00 00 80 d2 ff 43 00 91 f7 07 41 f8 fd 7b c1 a8
; 0090: c0 03 5f d6
