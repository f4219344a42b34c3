; f64(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function) [callback]
; u0:0 = jitffi_callback_f64(i8,u8,bool,char,i16,u16,i32,u32,i64,u64,f32,f64,pointer,string,function)
; u0:1 = jitffi_callback_dispatch
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #144
  unwind StackAlloc { size: 144 }
block0:
  ldr x9, [sp, #160]
  ldr x11, [sp, #168]
  ldr x15, [sp, #176]
  ldr x8, [sp, #184]
  ldr x10, [sp, #192]
  ldr x13, [sp, #200]
  mov x12, sp
  str x13, [sp]
  strb w0, [sp, #16]
  strb w1, [sp, #24]
  strb w2, [sp, #32]
  strb w3, [sp, #40]
  strh w4, [sp, #48]
  strh w5, [sp, #56]
  str w6, [sp, #64]
  str w7, [sp, #72]
  str x9, [sp, #80]
  str x11, [sp, #88]
  str s0, [sp, #96]
  str d1, [sp, #104]
  str x15, [sp, #112]
  str x8, [sp, #120]
  str x10, [sp, #128]
  load_ext_name_far x1, User(userextname0)+0
  mov x0, x12
  blr x1
  ldr d0, [sp, #8]
  add sp, sp, #144
  ldp fp, lr, [sp], #16
  ret
; 144 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 43 02 d1 e9 03 4a f8
; 0010: eb 83 4a f8 ef 03 4b f8 e8 83 4b f8 ea 03 4c f8
; 0020: ed 83 4c f8 ec 03 00 91 ed 03 00 f8 e0 03 01 38
; 0030: e1 83 01 38 e2 03 02 38 e3 83 02 38 e4 03 03 78
; 0040: e5 83 03 78 e6 03 04 b8 e7 83 04 b8 e9 03 05 f8
; 0050: eb 83 05 f8 e0 03 06 bc e1 83 06 fc ef 03 07 f8
; 0060: e8 83 07 f8 ea 03 08 f8 41 00 00 58 03 00 00 14
; 0070: 00 00 00 00 00 00 00 00 e0 03 0c aa 20 00 3f d6
; 0080: e0 83 40 fc ff 43 02 91 fd 7b c1 a8 c0 03 5f d6
