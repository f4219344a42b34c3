; i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8) [fast tier]
; u0:0 = jitffi_fast_i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
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
  sub sp, sp, #32
  unwind StackAlloc { size: 32 }
block0:
  load_ext_name_far x20, User(userextname0)+0
  ldr x9, [x20]
  ldr x1, [x20, #16]
  str x1, [sp, #16]
  ldr x1, [x20, #24]
  ldr x2, [x20, #32]
  ldr x3, [x20, #40]
  ldr x4, [x20, #48]
  ldr x5, [x20, #56]
  ldr x6, [x20, #64]
  ldr x7, [x20, #72]
  ldrb w27, [x20, #80]
  ldrb w26, [x20, #88]
  ldrh w25, [x20, #96]
  ldrh w24, [x20, #104]
  ldrb w23, [x20, #112]
  ldrb w22, [x20, #120]
  ldrb w21, [x20, #128]
  ldrb w0, [x20, #136]
  ldrb w15, [x20, #144]
  ldrb w14, [x20, #152]
  ldrb w13, [x20, #160]
  ldrb w12, [x20, #168]
  ldrb w11, [x20, #176]
  ldrb w10, [x20, #184]
  load_ext_name_far x19, User(userextname1)+0
  ldr x28, [x19]
  orr x8, xzr, #4294967297
  add x8, x28, x8
  str x8, [x19]
  sxtb x8, w27
  str x8, [sp]
  uxtb w8, w26
  str x8, [sp, #1]
  sxth x8, w25
  str x8, [sp, #2]
  uxth w8, w24
  str x8, [sp, #4]
  uxtb w8, w23
  str x8, [sp, #6]
  sxtb x8, w22
  str x8, [sp, #7]
  uxtb w8, w21
  str x8, [sp, #8]
  uxtb w8, w0
  str x8, [sp, #9]
  uxtb w8, w15
  str x8, [sp, #10]
  uxtb w8, w14
  str x8, [sp, #11]
  uxtb w8, w13
  str x8, [sp, #12]
  uxtb w8, w12
  str x8, [sp, #13]
  uxtb w8, w11
  str x8, [sp, #14]
  uxtb w10, w10
  str x10, [sp, #15]
  ldr x0, [sp, #16]
  blr x9
  strh w0, [x20, #8]
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  movz x0, #0
  add sp, sp, #32
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldp x27, x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 348 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 fb 73 bf a9 f9 6b bf a9
; 0010: f7 63 bf a9 f5 5b bf a9 f3 53 bf a9 ff 83 00 d1
; 0020: 54 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: 89 02 40 f9 81 0a 40 f9 e1 03 01 f8 81 0e 40 f9
; 0040: 82 12 40 f9 83 16 40 f9 84 1a 40 f9 85 1e 40 f9
; 0050: 86 22 40 f9 87 26 40 f9 9b 42 41 39 9a 62 41 39
; 0060: 99 c2 40 79 98 d2 40 79 97 c2 41 39 96 e2 41 39
; 0070: 95 02 42 39 80 22 42 39 8f 42 42 39 8e 62 42 39
; 0080: 8d 82 42 39 8c a2 42 39 8b c2 42 39 8a e2 42 39
; 0090: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 00a0: 7c 02 40 f9 e8 03 00 b2 88 03 08 8b 68 02 00 f9
; 00b0: 68 1f 40 93 e8 03 00 f8 48 1f 00 53 e8 13 00 f8
; 00c0: 28 3f 40 93 e8 23 00 f8 08 3f 00 53 e8 43 00 f8
; 00d0: e8 1e 00 53 e8 63 00 f8 c8 1e 40 93 e8 73 00 f8
; 00e0: a8 1e 00 53 e8 83 00 f8 08 1c 00 53 e8 93 00 f8
; 00f0: e8 1d 00 53 e8 a3 00 f8 c8 1d 00 53 e8 b3 00 f8
; 0100: a8 1d 00 53 e8 c3 00 f8 88 1d 00 53 e8 d3 00 f8
; 0110: 68 1d 00 53 e8 e3 00 f8 4a 1d 00 53 ea f3 00 f8
; 0120: e0 03 41 f8 20 01 3f d6 80 12 00 79 60 02 40 f9
; 0130: 00 04 00 d1 60 02 00 f9 00 00 80 d2 ff 83 00 91
; 0140: f3 53 c1 a8 f5 5b c1 a8 f7 63 c1 a8 f9 6b c1 a8
; 0150: fb 73 c1 a8 fd 7b c1 a8 c0 03 5f d6
