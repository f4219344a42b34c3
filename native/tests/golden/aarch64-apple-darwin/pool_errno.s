; i32(string,i32) errno [pool tier]
; u0:0 = jitffi_pool_i32(string,i32) errno
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
  ldr x19, [x0]
  ldr x20, [x0, #16]
  ldr w21, [x0, #24]
  mov x22, x0
  load_ext_name_far x7, User(userextname0)+0
  blr x7
  mov x0, x20
  mov x1, x21
  blr x19
  mov x19, x0
  load_ext_name_far x8, User(userextname1)+0
  blr x8
  mov x0, x19
  mov x1, x22
  str w0, [x1, #8]
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 116 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f5 5b bf a9 f3 53 bf a9
; 0010: 13 00 40 f9 14 08 40 f9 15 18 40 b9 f6 03 00 aa
; 0020: 47 00 00 58 03 00 00 14 00 00 00 00 00 00 00 00
; 0030: e0 00 3f d6 e0 03 14 aa e1 03 15 aa 60 02 3f d6
; 0040: f3 03 00 aa 48 00 00 58 03 00 00 14 00 00 00 00
; 0050: 00 00 00 00 00 01 3f d6 e0 03 13 aa e1 03 16 aa
; 0060: 20 08 00 b9 f3 53 c1 a8 f5 5b c1 a8 fd 7b c1 a8
; 0070: c0 03 5f d6
