; void(pointer,u64) [pool tier]
; u0:0 = jitffi_pool_void(pointer,u64)
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  ldr x4, [x0]
  ldr x5, [x0, #16]
  ldr x1, [x0, #24]
  mov x0, x5
  blr x4
  ldp fp, lr, [sp], #16
  ret
; 36 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 04 00 40 f9 05 08 40 f9
; 0010: 01 0c 40 f9 e0 03 05 aa 80 00 3f d6 fd 7b c1 a8
; 0020: c0 03 5f d6
