; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [fast tier]
; u0:0 = jitffi_fast_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u1:0 (userextname0) = jitffi_slots
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  str x28, [sp, #-16]!
  unwind SaveReg { clobber_offset: 64, reg: p28i }
  stp x26, x27, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p26i }
  unwind SaveReg { clobber_offset: 56, reg: p27i }
  stp x23, x25, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p23i }
  unwind SaveReg { clobber_offset: 40, reg: p25i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #112
  unwind StackAlloc { size: 112 }
block0:
  load_ext_name_far x23, User(userextname0)+0
  ldr x9, [x23]
  ldr x8, [x23, #16]
  ldr x1, [x23, #24]
  ldr x2, [x23, #32]
  ldr x3, [x23, #40]
  ldr x4, [x23, #48]
  ldr x5, [x23, #56]
  ldr x6, [x23, #64]
  ldr x7, [x23, #72]
  ldrb w10, [x23, #80]
  ldrb w11, [x23, #88]
  ldrh w12, [x23, #96]
  ldrh w13, [x23, #104]
  ldrb w14, [x23, #112]
  ldrb w15, [x23, #120]
  ldrb w25, [x23, #128]
  ldrb w26, [x23, #136]
  ldrb w27, [x23, #144]
  ldrb w28, [x23, #152]
  ldrb w19, [x23, #160]
  ldrb w20, [x23, #168]
  ldrb w21, [x23, #176]
  ldrb w22, [x23, #184]
  strb w10, [sp]
  strb w11, [sp, #8]
  strh w12, [sp, #16]
  strh w13, [sp, #24]
  strb w14, [sp, #32]
  strb w15, [sp, #40]
  strb w25, [sp, #48]
  strb w26, [sp, #56]
  strb w27, [sp, #64]
  strb w28, [sp, #72]
  strb w19, [sp, #80]
  strb w20, [sp, #88]
  strb w21, [sp, #96]
  strb w22, [sp, #104]
  mov x0, x8
  blr x9
  strh w0, [x23, #8]
  movz x0, #0
  add sp, sp, #112
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x25, [sp], #16
  ldp x26, x27, [sp], #16
  ldr x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 244 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fc 0f 1f f8 fa 6f bf a9
; 0010: f7 67 bf a9 f5 5b bf a9 f3 53 bf a9 ff c3 01 d1
; 0020: 57 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: e9 02 40 f9 e8 0a 40 f9 e1 0e 40 f9 e2 12 40 f9
; 0040: e3 16 40 f9 e4 1a 40 f9 e5 1e 40 f9 e6 22 40 f9
; 0050: e7 26 40 f9 ea 42 41 39 eb 62 41 39 ec c2 40 79
; 0060: ed d2 40 79 ee c2 41 39 ef e2 41 39 f9 02 42 39
; 0070: fa 22 42 39 fb 42 42 39 fc 62 42 39 f3 82 42 39
; 0080: f4 a2 42 39 f5 c2 42 39 f6 e2 42 39 ea 03 00 38
; 0090: eb 83 00 38 ec 03 01 78 ed 83 01 78 ee 03 02 38
; 00a0: ef 83 02 38 f9 03 03 38 fa 83 03 38 fb 03 04 38
; 00b0: fc 83 04 38 f3 03 05 38 f4 83 05 38 f5 03 06 38
; 00c0: f6 83 06 38 e0 03 08 aa 20 01 3f d6 e0 12 00 79
; 00d0: 00 00 80 d2 ff c3 01 91 f3 53 c1 a8 f5 5b c1 a8
; 00e0: f7 67 c1 a8 fa 6f c1 a8 fc 07 41 f8 fd 7b c1 a8
; 00f0: c0 03 5f d6
