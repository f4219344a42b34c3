; i32(i32,i32) [pool tier]
; u0:0 = jitffi_pool_i32(i32,i32)
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
block0:
  ldr x5, [x0]
  mov x8, x0
  ldr w0, [x8, #16]
  mov x19, x8
  ldr w1, [x19, #24]
  blr x5
  str w0, [x19, #8]
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 52 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 05 00 40 f9
; 0010: e8 03 00 aa 00 11 40 b9 f3 03 08 aa 61 1a 40 b9
; 0020: a0 00 3f d6 60 0a 00 b9 f3 07 41 f8 fd 7b c1 a8
; 0030: c0 03 5f d6
