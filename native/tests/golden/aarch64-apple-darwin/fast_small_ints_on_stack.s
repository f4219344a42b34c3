; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [fast tier]
; u0:0 = jitffi_fast_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u1:0 (userextname0) = jitffi_slots
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 80 }
  str x27, [sp, #-16]!
  unwind SaveReg { clobber_offset: 64, reg: p27i }
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
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  load_ext_name_far x27, User(userextname0)+0
  ldr x9, [x27]
  ldr x8, [x27, #16]
  ldr x1, [x27, #24]
  ldr x2, [x27, #32]
  ldr x3, [x27, #40]
  ldr x4, [x27, #48]
  ldr x5, [x27, #56]
  ldr x6, [x27, #64]
  ldr x7, [x27, #72]
  ldrb w26, [x27, #80]
  ldrb w25, [x27, #88]
  ldrh w24, [x27, #96]
  ldrh w23, [x27, #104]
  ldrb w22, [x27, #112]
  ldrb w21, [x27, #120]
  ldrb w20, [x27, #128]
  ldrb w19, [x27, #136]
  ldrb w15, [x27, #144]
  ldrb w14, [x27, #152]
  ldrb w13, [x27, #160]
  ldrb w12, [x27, #168]
  ldrb w11, [x27, #176]
  ldrb w10, [x27, #184]
  sxtb x26, w26
  str x26, [sp]
  uxtb w25, w25
  str x25, [sp, #1]
  sxth x24, w24
  str x24, [sp, #2]
  uxth w23, w23
  str x23, [sp, #4]
  uxtb w22, w22
  str x22, [sp, #6]
  sxtb x21, w21
  str x21, [sp, #7]
  uxtb w20, w20
  str x20, [sp, #8]
  uxtb w19, w19
  str x19, [sp, #9]
  uxtb w15, w15
  str x15, [sp, #10]
  uxtb w14, w14
  str x14, [sp, #11]
  uxtb w13, w13
  str x13, [sp, #12]
  uxtb w12, w12
  str x12, [sp, #13]
  uxtb w11, w11
  str x11, [sp, #14]
  uxtb w10, w10
  str x10, [sp, #15]
  mov x0, x8
  blr x9
  strh w0, [x27, #8]
  movz x0, #0
  add sp, sp, #16
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldr x27, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 300 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fb 0f 1f f8 f9 6b bf a9
; 0010: f7 63 bf a9 f5 5b bf a9 f3 53 bf a9 ff 43 00 d1
; 0020: 5b 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: 69 03 40 f9 68 0b 40 f9 61 0f 40 f9 62 13 40 f9
; 0040: 63 17 40 f9 64 1b 40 f9 65 1f 40 f9 66 23 40 f9
; 0050: 67 27 40 f9 7a 43 41 39 79 63 41 39 78 c3 40 79
; 0060: 77 d3 40 79 76 c3 41 39 75 e3 41 39 74 03 42 39
; 0070: 73 23 42 39 6f 43 42 39 6e 63 42 39 6d 83 42 39
; 0080: 6c a3 42 39 6b c3 42 39 6a e3 42 39 5a 1f 40 93
; 0090: fa 03 00 f8 39 1f 00 53 f9 13 00 f8 18 3f 40 93
; 00a0: f8 23 00 f8 f7 3e 00 53 f7 43 00 f8 d6 1e 00 53
; 00b0: f6 63 00 f8 b5 1e 40 93 f5 73 00 f8 94 1e 00 53
; 00c0: f4 83 00 f8 73 1e 00 53 f3 93 00 f8 ef 1d 00 53
; 00d0: ef a3 00 f8 ce 1d 00 53 ee b3 00 f8 ad 1d 00 53
; 00e0: ed c3 00 f8 8c 1d 00 53 ec d3 00 f8 6b 1d 00 53
; 00f0: eb e3 00 f8 4a 1d 00 53 ea f3 00 f8 e0 03 08 aa
; 0100: 20 01 3f d6 60 13 00 79 00 00 80 d2 ff 43 00 91
; 0110: f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8 f9 6b c1 a8
; 0120: fb 07 41 f8 fd 7b c1 a8 c0 03 5f d6
