; i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [fast tier]
; u0:0 = jitffi_fast_i8(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u1:0 (userextname0) = jitffi_slots
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  sub sp, sp, #48
  unwind StackAlloc { size: 48 }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x9, [x19]
  ldrb w8, [x19, #16]
  ldrb w1, [x19, #24]
  ldrb w2, [x19, #32]
  ldrb w3, [x19, #40]
  ldrh w4, [x19, #48]
  ldrh w5, [x19, #56]
  ldr w6, [x19, #64]
  ldr w7, [x19, #72]
  ldr x10, [x19, #80]
  ldr x11, [x19, #88]
  ldr s0, [x19, #96]
  ldr d1, [x19, #104]
  ldr x12, [x19, #112]
  ldr x13, [x19, #120]
  ldr x14, [x19, #128]
  str x10, [sp]
  str x11, [sp, #8]
  str x12, [sp, #16]
  str x13, [sp, #24]
  str x14, [sp, #32]
  mov x0, x8
  blr x9
  strb w0, [x19, #8]
  movz x0, #0
  add sp, sp, #48
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 148 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 ff c3 00 d1
; 0010: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: 69 02 40 f9 68 42 40 39 61 62 40 39 62 82 40 39
; 0030: 63 a2 40 39 64 62 40 79 65 72 40 79 66 42 40 b9
; 0040: 67 4a 40 b9 6a 2a 40 f9 6b 2e 40 f9 60 62 40 bd
; 0050: 61 36 40 fd 6c 3a 40 f9 6d 3e 40 f9 6e 42 40 f9
; 0060: ea 03 00 f8 eb 83 00 f8 ec 03 01 f8 ed 83 01 f8
; 0070: ee 03 02 f8 e0 03 08 aa 20 01 3f d6 60 22 00 39
; 0080: 00 00 80 d2 ff c3 00 91 f3 07 41 f8 fd 7b c1 a8
; 0090: c0 03 5f d6
