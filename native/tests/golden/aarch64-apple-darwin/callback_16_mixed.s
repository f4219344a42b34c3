; f64(i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64) [callback]
; u0:0 = jitffi_callback_f64(i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64)
; u0:1 = jitffi_callback_dispatch
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
  sub sp, sp, #144
  unwind StackAlloc { size: 144 }
block0:
  ldr x9, [sp, #160]
  mov x8, sp
  str x9, [sp]
  str w0, [sp, #16]
  str d0, [sp, #24]
  str x1, [sp, #32]
  str d1, [sp, #40]
  str w2, [sp, #48]
  str d2, [sp, #56]
  str x3, [sp, #64]
  str d3, [sp, #72]
  str w4, [sp, #80]
  str d4, [sp, #88]
  str x5, [sp, #96]
  str d5, [sp, #104]
  str w6, [sp, #112]
  str d6, [sp, #120]
  str x7, [sp, #128]
  str d7, [sp, #136]
  load_ext_name_far x1, User(userextname0)+0
  mov x0, x8
  blr x1
  ldr d0, [sp, #8]
  add sp, sp, #144
  ldp fp, lr, [sp], #16
  ret
; 128 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 ff 43 02 d1 e9 03 4a f8
; 0010: e8 03 00 91 e9 03 00 f8 e0 03 01 b8 e0 83 01 fc
; 0020: e1 03 02 f8 e1 83 02 fc e2 03 03 b8 e2 83 03 fc
; 0030: e3 03 04 f8 e3 83 04 fc e4 03 05 b8 e4 83 05 fc
; 0040: e5 03 06 f8 e5 83 06 fc e6 03 07 b8 e6 83 07 fc
; 0050: e7 03 08 f8 e7 83 08 fc 41 00 00 58 03 00 00 14
; 0060: 00 00 00 00 00 00 00 00 e0 03 08 aa 20 00 3f d6
; 0070: e0 83 40 fc ff 43 02 91 fd 7b c1 a8 c0 03 5f d6
