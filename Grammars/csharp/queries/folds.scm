; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): namespace, type and
; accessor bodies, blocks, switch bodies, initializers and long argument lists fold; so do
; block comments and the run of `using` directives.
[(declaration_list)
 (enum_member_declaration_list)
 (accessor_list)
 (block)
 (switch_body)
 (switch_expression)
 (initializer_expression)
 (anonymous_object_creation_expression)
 (argument_list)] @fold

(comment) @fold.comment

(using_directive) @fold.imports
