; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): type and method bodies,
; blocks, switch bodies, array initializers and long argument lists fold; so do Javadoc and other
; block comments, and the run of import statements.
[(class_body)
 (interface_body)
 (enum_body)
 (annotation_type_body)
 (constructor_body)
 (block)
 (switch_block)
 (array_initializer)
 (argument_list)] @fold

(block_comment) @fold.comment

(import_declaration) @fold.imports
