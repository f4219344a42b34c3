; f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool) [fast tier]
; u0:0 = jitffi_fast_f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)
; u1:0 (userextname0) = jitffi_slots
; u1:1 (userextname1) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x10, [x19]
  ldr w0, [x19, #16]
  ldr d0, [x19, #24]
  ldr x1, [x19, #32]
  ldr d1, [x19, #40]
  ldrb w3, [x19, #48]
  ldr s2, [x19, #56]
  ldrh w5, [x19, #64]
  ldr d3, [x19, #72]
  ldr w4, [x19, #80]
  ldr d4, [x19, #88]
  ldrb w8, [x19, #96]
  ldr s5, [x19, #104]
  ldr x6, [x19, #112]
  ldr d6, [x19, #120]
  ldr x7, [x19, #128]
  ldrb w9, [x19, #136]
  load_ext_name_far x20, User(userextname1)+0
  ldr x2, [x20]
  orr x11, xzr, #4294967297
  add x2, x2, x11
  str x2, [x20]
  uxtb w2, w3
  sxth x3, w5
  sxtb x5, w8
  uxtb w8, w9
  str x8, [sp]
  blr x10
  str d0, [x19, #8]
  ldr x0, [x20]
  sub x0, x0, #1
  str x0, [x20]
  movz x0, #0
  add sp, sp, #16
  ldp x19, x20, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 192 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 53 bf a9 ff 43 00 d1
; 0010: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: 6a 02 40 f9 60 12 40 b9 60 0e 40 fd 61 12 40 f9
; 0030: 61 16 40 fd 63 c2 40 39 62 3a 40 bd 65 82 40 79
; 0040: 63 26 40 fd 64 52 40 b9 64 2e 40 fd 68 82 41 39
; 0050: 65 6a 40 bd 66 3a 40 f9 66 3e 40 fd 67 42 40 f9
; 0060: 69 22 42 39 54 00 00 58 03 00 00 14 00 00 00 00
; 0070: 00 00 00 00 82 02 40 f9 eb 03 00 b2 42 00 0b 8b
; 0080: 82 02 00 f9 62 1c 00 53 a3 3c 40 93 05 1d 40 93
; 0090: 28 1d 00 53 e8 03 00 f8 40 01 3f d6 60 06 00 fd
; 00a0: 80 02 40 f9 00 04 00 d1 80 02 00 f9 00 00 80 d2
; 00b0: ff 43 00 91 f3 53 c1 a8 fd 7b c1 a8 c0 03 5f d6
