; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): function bodies and other
; blocks, struct/union/enum bodies, initializer lists, long argument lists and conditional
; compilation fold; so do block comments, and the run of #include lines.
[(compound_statement)
 (field_declaration_list)
 (enumerator_list)
 (initializer_list)
 (argument_list)
 (preproc_if)
 (preproc_ifdef)] @fold

((comment) @fold.comment
 (#match? @fold.comment "^/\\*"))

(preproc_include) @fold.imports
