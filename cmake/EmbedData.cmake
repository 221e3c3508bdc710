# reckon_embed(TARGET SYMBOL FILE): links FILE's bytes into TARGET as the symbols
# reckon_embedded_SYMBOL_begin / _end, via the assembler's .incbin (fast for large files, no
# giant C array for the compiler to chew through). Declare them with RECKON_EMBEDDED(SYMBOL) from
# core/embedded.h.
function(reckon_embed target symbol file)
  set(asm ${CMAKE_CURRENT_BINARY_DIR}/embed_${symbol}.S)
  file(CONFIGURE OUTPUT ${asm} CONTENT
"    .section .rodata
    .balign 16
    .global reckon_embedded_${symbol}_begin
    .global reckon_embedded_${symbol}_end
reckon_embedded_${symbol}_begin:
    .incbin \"${file}\"
reckon_embedded_${symbol}_end:
    .byte 0
    .section .note.GNU-stack,\"\",@progbits
")
  set_source_files_properties(${asm} PROPERTIES OBJECT_DEPENDS ${file})
  target_sources(${target} PRIVATE ${asm})
endfunction()
