; f32(f32) [v8fast bound function]
; u0:0 = jitffi_v8fast_bound_f32(f32)
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  movz x14, #8192
  ldrb w14, [x14]
  cbnz w14, label4 ; b label1
block1:
  movz x15, #12288
  ldrb w15, [x15]
  cbnz w15, label3 ; b label2
block2:
  movz x0, #4096
  blr x0
  ldp fp, lr, [sp], #16
  ret
block3:
  mov v1.16b, v0.16b
  movz x1, #24576
  ldr d0, [const(0)]
  blr x1
  ldp fp, lr, [sp], #16
  ret
block4:
  movz x1, #16384
  movz x0, #20480
  blr x1
  movi v0.2s, #0
  ldp fp, lr, [sp], #16
  ret
; 104 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 0e 00 84 d2 ce 01 40 39
; 0010: ce 01 00 35 0f 00 86 d2 ef 01 40 39 af 00 00 35
; 0020: 00 00 82 d2 00 00 3f d6 fd 7b c1 a8 c0 03 5f d6
; 0030: 01 1c a0 4e 01 00 8c d2 40 01 00 5c 20 00 3f d6
; 0040: fd 7b c1 a8 c0 03 5f d6 01 00 88 d2 00 00 8a d2
; 0050: 20 00 3f d6 00 04 00 0f fd 7b c1 a8 c0 03 5f d6
; 0060: 00 10 00 00 00 00 00 80
