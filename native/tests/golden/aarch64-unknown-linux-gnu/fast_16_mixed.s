; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [fast tier]
; u0:0 = jitffi_fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_slots
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x8, [x19]
  ldr w0, [x19, #16]
  ldr d0, [x19, #24]
  ldr x1, [x19, #32]
  ldr d1, [x19, #40]
  ldrb w2, [x19, #48]
  ldr s2, [x19, #56]
  ldrh w3, [x19, #64]
  ldr d3, [x19, #72]
  ldr w4, [x19, #80]
  ldr d4, [x19, #88]
  ldrb w5, [x19, #96]
  ldr s5, [x19, #104]
  ldr x6, [x19, #112]
  ldr d6, [x19, #120]
  ldr x7, [x19, #128]
  ldrb w9, [x19, #136]
  strb w9, [sp]
  blr x8
  str d0, [x19, #8]
  movz x0, #0
  add sp, sp, #16
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 132 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff 43 00 d1
; 0010: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: 68 02 40 f9 60 12 40 b9 60 0e 40 fd 61 12 40 f9
; 0030: 61 16 40 fd 62 c2 40 39 62 3a 40 bd 63 82 40 79
; 0040: 63 26 40 fd 64 52 40 b9 64 2e 40 fd 65 82 41 39
; 0050: 65 6a 40 bd 66 3a 40 f9 66 3e 40 fd 67 42 40 f9
; 0060: 69 22 42 39 e9 03 00 38 00 01 3f d6 60 06 00 fd
; 0070: 00 00 80 d2 ff 43 00 91 f3 07 41 f8 fd 7b c1 a8
; 0080: c0 03 5f d6
