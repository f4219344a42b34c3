; void() [v8fast tier]
; u0:0 = jitffi_v8fast_void()
; u1:0 (userextname0) = jitffi_sync_calls
  unwind Aarch64SetPointerAuth { return_addresses: false }
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 16 }
  str x19, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
block0:
  mov x12, v0.d[0]
  subs xzr, x12, #0
  b.lt label2 ; b label1
block1:
  blr x12
  movz w0, #0
  b label3
block2:
  load_ext_name_far x19, User(userextname0)+0
  ldr x0, [x19]
  orr x1, xzr, #4294967297
  add x0, x0, x1
  str x0, [x19]
  and x0, x12, #9223372036854775807
  blr x0
  ldr x0, [x19]
  sub x0, x0, #1
  str x0, [x19]
  movz w0, #0
  b label3
block3:
  ldr x19, [sp], #16
  ldp fp, lr, [sp], #16
  ret
; 104 bytes of machine code
; 0000: fd 7b bf a9 fd 03 00 91 f3 0f 1f f8 0c 3c 08 4e
; 0010: 9f 01 00 f1 8b 00 00 54 80 01 3f d6 00 00 80 52
; 0020: 0f 00 00 14 53 00 00 58 03 00 00 14 00 00 00 00
; 0030: 00 00 00 00 60 02 40 f9 e1 03 00 b2 00 00 01 8b
; 0040: 60 02 00 f9 80 f9 40 92 00 00 3f d6 60 02 40 f9
; 0050: 00 04 00 d1 60 02 00 f9 00 00 80 52 f3 07 41 f8
; 0060: fd 7b c1 a8 c0 03 5f d6
