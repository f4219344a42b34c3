; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [callback]
; u0:0 = jitffi_callback_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u0:1 = jitffi_callback_dispatch
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 64 }
  stp x27, x28, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p27i }
  unwind SaveReg { clobber_offset: 56, reg: p28i }
  stp x23, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p23i }
  unwind SaveReg { clobber_offset: 40, reg: p24i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #192
  unwind StackAlloc { size: 192 }
block0:
  mov x28, x7
  ldr x12, [sp, #272]
  movz x16, #273 ; ldr x11, [sp, x16, SXTX]
  movz x16, #274 ; ldr x13, [sp, x16, SXTX]
  movz x16, #276 ; ldr x15, [sp, x16, SXTX]
  movz x16, #278 ; ldr x10, [sp, x16, SXTX]
  movz x16, #279 ; ldr x9, [sp, x16, SXTX]
  ldr x8, [sp, #280]
  movz x16, #281 ; ldr x7, [sp, x16, SXTX]
  movz x16, #282 ; ldr x14, [sp, x16, SXTX]
  movz x16, #283 ; ldr x27, [sp, x16, SXTX]
  movz x16, #284 ; ldr x19, [sp, x16, SXTX]
  movz x16, #285 ; ldr x20, [sp, x16, SXTX]
  movz x16, #286 ; ldr x21, [sp, x16, SXTX]
  movz x16, #287 ; ldr x22, [sp, x16, SXTX]
  ldr x24, [sp, #288]
  mov x23, sp
  str x24, [sp]
  str x0, [sp, #16]
  str x1, [sp, #24]
  str x2, [sp, #32]
  str x3, [sp, #40]
  str x4, [sp, #48]
  str x5, [sp, #56]
  str x6, [sp, #64]
  mov x0, x28
  str x0, [sp, #72]
  strb w12, [sp, #80]
  strb w11, [sp, #88]
  strh w13, [sp, #96]
  strh w15, [sp, #104]
  strb w10, [sp, #112]
  strb w9, [sp, #120]
  strb w8, [sp, #128]
  strb w7, [sp, #136]
  strb w14, [sp, #144]
  strb w27, [sp, #152]
  strb w19, [sp, #160]
  strb w20, [sp, #168]
  strb w21, [sp, #176]
  strb w22, [sp, #184]
  load_ext_name_far x2, User(userextname0)+0
  mov x0, x23
  blr x2
  ldrh w3, [sp, #8]
  sxth x0, w3
  add sp, sp, #192
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x27, x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 300 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fb 73 bf a9 f7 63 bf a9
; 0010: f5 5b bf a9 f3 53 bf a9 ff 03 03 d1 fc 03 07 aa
; 0020: ec 8b 40 f9 30 22 80 d2 eb eb 70 f8 50 22 80 d2
; 0030: ed eb 70 f8 90 22 80 d2 ef eb 70 f8 d0 22 80 d2
; 0040: ea eb 70 f8 f0 22 80 d2 e9 eb 70 f8 e8 8f 40 f9
; 0050: 30 23 80 d2 e7 eb 70 f8 50 23 80 d2 ee eb 70 f8
; 0060: 70 23 80 d2 fb eb 70 f8 90 23 80 d2 f3 eb 70 f8
; 0070: b0 23 80 d2 f4 eb 70 f8 d0 23 80 d2 f5 eb 70 f8
; 0080: f0 23 80 d2 f6 eb 70 f8 f8 93 40 f9 f7 03 00 91
; 0090: f8 03 00 f8 e0 03 01 f8 e1 83 01 f8 e2 03 02 f8
; 00a0: e3 83 02 f8 e4 03 03 f8 e5 83 03 f8 e6 03 04 f8
; 00b0: e0 03 1c aa e0 83 04 f8 ec 03 05 38 eb 83 05 38
; 00c0: ed 03 06 78 ef 83 06 78 ea 03 07 38 e9 83 07 38
; 00d0: e8 03 08 38 e7 83 08 38 ee 03 09 38 fb 83 09 38
; 00e0: f3 03 0a 38 f4 83 0a 38 f5 03 0b 38 f6 83 0b 38
; 00f0: 42 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0100: e0 03 17 aa 40 00 3f d6 e3 83 40 78 60 3c 40 93
; 0110: ff 03 03 91 f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8
; 0120: fb 73 c1 a8 fd 7b c1 a8 c0 03 5f d6
