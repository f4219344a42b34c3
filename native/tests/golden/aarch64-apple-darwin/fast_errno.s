; i32(string,i32) errno [fast tier]
; u0:0 = jitffi_fast_i32(string,i32) errno
; u1:0 (userextname0) = jitffi_slots
; u0:1 = jitffi_errno_before
; u0:2 = jitffi_errno_after
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  unwind SaveReg { clobber_offset: 24, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
block0:
  load_ext_name_far x19, User(userextname0)+0
  ldr x20, [x19]
  ldr x21, [x19, #16]
  ldr w22, [x19, #24]
  load_ext_name_far x7, User(userextname1)+0
  blr x7
  mov x0, x21
  mov x1, x22
  blr x20
  mov x20, x0
  load_ext_name_far x8, User(userextname2)+0
  blr x8
  mov x0, x20
  str w0, [x19, #8]
  movz x0, #0
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 128 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f5 5b bf a9 f3 53 bf a9
; 0010: 53 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0020: 74 02 40 f9 75 0a 40 f9 76 1a 40 b9 47 00 00 58
; 0030: 03 00 00 14 00 00 00 00 00 00 00 00 e0 00 3f d6
; 0040: e0 03 15 aa e1 03 16 aa 80 02 3f d6 f4 03 00 aa
; 0050: 48 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0060: 00 01 3f d6 e0 03 14 aa 60 0a 00 b9 00 00 80 d2
; 0070: f3 53 c1 a8 f5 5b c1 a8 fd 7b c1 a8 c0 03 5f d6
