; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [fast tier]
; u0:0 = jitffi_fast_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  stp x27, x28, [sp, #-16]!
  unwind SaveReg { clobber_offset: 64, reg: p27i }
  unwind SaveReg { clobber_offset: 72, reg: p28i }
  stp x25, x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p25i }
  unwind SaveReg { clobber_offset: 56, reg: p26i }
  stp x23, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p23i }
  unwind SaveReg { clobber_offset: 40, reg: p24i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #128
  unwind StackAlloc { size: 128 }
block0:
  load_ext_name_far x20, User(userextname0)+0
  ldr x9, [x20]
  ldr x1, [x20, #16]
  str x1, [sp, #112]
  ldr x1, [x20, #24]
  ldr x2, [x20, #32]
  ldr x3, [x20, #40]
  ldr x4, [x20, #48]
  ldr x5, [x20, #56]
  ldr x6, [x20, #64]
  ldr x7, [x20, #72]
  ldrb w10, [x20, #80]
  ldrb w11, [x20, #88]
  ldrh w12, [x20, #96]
  ldrh w13, [x20, #104]
  ldrb w14, [x20, #112]
  ldrb w15, [x20, #120]
  ldrb w0, [x20, #128]
  ldrb w21, [x20, #136]
  ldrb w22, [x20, #144]
  ldrb w23, [x20, #152]
  ldrb w24, [x20, #160]
  ldrb w25, [x20, #168]
  ldrb w26, [x20, #176]
  ldrb w27, [x20, #184]
  load_ext_name_far x19, User(userextname1)+0
  ldr x28, [x19]
  orr x8, xzr, #4294967297
  add x8, x28, x8
  str x8, [x19]
  strb w10, [sp]
  strb w11, [sp, #8]
  strh w12, [sp, #16]
  strh w13, [sp, #24]
  strb w14, [sp, #32]
  strb w15, [sp, #40]
  strb w0, [sp, #48]
  strb w21, [sp, #56]
  strb w22, [sp, #64]
  strb w23, [sp, #72]
  strb w24, [sp, #80]
  strb w25, [sp, #88]
  strb w26, [sp, #96]
  strb w27, [sp, #104]
  ldr x0, [sp, #112]
  blr x9
  strh w0, [x20, #8]
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  movz x0, #0
  add sp, sp, #128
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldp x27, x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 292 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fb 73 bf a9 f9 6b bf a9
; 0010: f7 63 bf a9 f5 5b bf a9 f3 53 bf a9 ff 03 02 d1
; 0020: 54 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: 89 02 40 f9 81 0a 40 f9 e1 03 07 f8 81 0e 40 f9
; 0040: 82 12 40 f9 83 16 40 f9 84 1a 40 f9 85 1e 40 f9
; 0050: 86 22 40 f9 87 26 40 f9 8a 42 41 39 8b 62 41 39
; 0060: 8c c2 40 79 8d d2 40 79 8e c2 41 39 8f e2 41 39
; 0070: 80 02 42 39 95 22 42 39 96 42 42 39 97 62 42 39
; 0080: 98 82 42 39 99 a2 42 39 9a c2 42 39 9b e2 42 39
; 0090: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00a0: 7c 02 40 f9 e8 03 00 b2 88 03 08 8b 68 02 00 f9
; 00b0: ea 03 00 38 eb 83 00 38 ec 03 01 78 ed 83 01 78
; 00c0: ee 03 02 38 ef 83 02 38 e0 03 03 38 f5 83 03 38
; 00d0: f6 03 04 38 f7 83 04 38 f8 03 05 38 f9 83 05 38
; 00e0: fa 03 06 38 fb 83 06 38 e0 03 47 f8 20 01 3f d6
; 00f0: 80 12 00 79 60 02 40 f9 00 04 00 d1 60 02 00 f9
; 0100: 00 00 80 d2 ff 03 02 91 f3 53 c1 a8 f5 5b c1 a8
; 0110: f7 63 c1 a8 f9 6b c1 a8 fb 73 c1 a8 fd 7b c1 a8
; 0120: c0 03 5f d6
